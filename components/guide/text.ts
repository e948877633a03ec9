import type { Lang } from '../../lib/guide/lang';
import { textIn } from '../../lib/guide/lang';
import type { Text } from '../../lib/guide/schema';

/** The text in the card's language (lib/guide/lang.ts picks one for the whole card). */
export function pick(text: Text | undefined, lang: Lang): string {
  return text ? textIn(text, lang) : '';
}
