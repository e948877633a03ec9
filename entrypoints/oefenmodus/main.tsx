import { render } from 'preact';
import { Oefenmodus } from '../../components/practice/Oefenmodus';
import { ensurePracticeProfile } from '../../lib/practice/profile';
import '../../components/ui/styles.css';
import '../../components/practice/practice.css';

const root = document.getElementById('app');
// The demo clients are in place before the first replica asks for them.
if (root) void ensurePracticeProfile().finally(() => render(<Oefenmodus />, root));
