import { render } from 'preact';
import { OptionsApp } from '../../components/clients/OptionsApp';
import { AppLangProvider } from '../../components/ui/i18n';
import { readState } from '../../lib/state';
import '../../components/ui/styles.css';

const root = document.getElementById('app');
// The language is known before the first paint: no flash of another language.
if (root) {
  void readState().then((state) =>
    render(
      <AppLangProvider initial={state.settings.lang}>
        <OptionsApp />
      </AppLangProvider>,
      root,
    ),
  );
}
