// `--region CODE`, shared by the commands that may answer with care (check, write).
import { InvalidArgumentError, Option } from 'commander'
import { REGION_CODE } from '../coach/care.js'

export function regionOption(): Option {
  return new Option(
    '--region <code>',
    'your country as a two-letter code (GB, US, FR…): if the letter speaks of not wanting to live, its helplines come first',
  ).argParser((value: string) => {
    if (!REGION_CODE.test(value))
      throw new InvalidArgumentError('expected a two-letter country code, such as GB or US.')
    return value.toUpperCase()
  })
}
