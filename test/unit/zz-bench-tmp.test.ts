import { it } from 'vitest';
import { benchRecognitionInChromium } from '../bench/recognition.bench';
it('bench', { timeout: 600_000 }, async () => { for (const m of await benchRecognitionInChromium()) console.log(`| ${m.name} | ${m.value} ${m.unit} |`); });
