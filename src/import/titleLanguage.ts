// The original title's language when the caller does not give it: the usual language of the
// first country the page lists for a rating or release (a film opens at home first).
import { countryCode, countryLanguage } from './countries.ts';
import type { FilmPage } from './FilmPage.ts';
import type { ImportWarning } from './ImportWarning.ts';

export function inferTitleLanguage(page: FilmPage, warnings: ImportWarning[]): string | undefined {
  const { ratings, theatricalReleases, dvdReleases } = page.facts;
  const lines = [
    ratings && { line: ratings.line, country: ratings.ratings[0]?.country },
    theatricalReleases && { line: theatricalReleases.line, country: theatricalReleases.releases[0]?.country },
    dvdReleases && { line: dvdReleases.line, country: dvdReleases.releases[0]?.country },
  ];
  const first = lines.filter((l) => l?.country).sort((a, b) => a!.line - b!.line)[0]?.country;
  const code = first && countryCode(first.name);
  const language = code && countryLanguage(code);
  const override = 'pass --title-lang (the titleLanguage option) to set it';
  if (language)
    warnings.push({
      line: page.line,
      message: `title language "${language}" inferred from ${first.name}, the first country on line ${first.line}; ${override}`,
    });
  else
    warnings.push({
      line: page.line,
      message: `title language unknown${first ? ` (no usual language for ${first.name})` : ' (no rating or release country)'}: the title has no language tag; ${override}`,
    });
  return language || undefined;
}
