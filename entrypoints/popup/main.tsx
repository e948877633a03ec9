import { render } from 'preact';
import { PopupApp } from '../../components/clients/PopupApp';
import '../../components/ui/styles.css';

const root = document.getElementById('app');
if (root) render(<PopupApp />, root);
