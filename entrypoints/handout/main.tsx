import { render } from 'preact';
import { Handout } from '../../components/practice/Handout';
import { ensurePracticeProfile } from '../../lib/practice/profile';
import '../../components/ui/styles.css';
import '../../components/practice/practice.css';

const root = document.getElementById('app');
const flowId = new URLSearchParams(location.search).get('flow') ?? '';
if (root) void ensurePracticeProfile().finally(() => render(<Handout flowId={flowId} />, root));
