import { render } from 'preact';
import { OptionsApp } from '../../components/clients/OptionsApp';
import '../../components/ui/styles.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
