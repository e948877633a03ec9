import { render } from 'preact';
import { Oefenmodus } from '../../components/practice/Oefenmodus';
import { AppLangProvider } from '../../components/ui/i18n';
import { ensurePracticeProfile } from '../../lib/practice/profile';
import { readState } from '../../lib/state';
import '../../components/ui/styles.css';
import '../../components/practice/practice.css';

const root = document.getElementById('app');
// The demo clients are in place before the first replica asks for them.
if (root) {
  void ensurePracticeProfile()
    .catch(() => undefined)
    .then(() => readState())
    .then((state) =>
      render(
        <AppLangProvider initial={state.settings.lang}>
          <Oefenmodus />
        </AppLangProvider>,
        root,
      ),
    );
}
