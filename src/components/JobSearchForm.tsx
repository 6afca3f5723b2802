/**
 * Builds a link into the Bundesagentur für Arbeit's job search from what/where/radius/kind, with
 * the same builder as every other page (site/jobs.ts). The result is a link the reader follows –
 * never a redirect. Without JavaScript the same form submits straight to the BA search (GET).
 */
import { useId, useState, type FormEvent } from 'react';
import {
  BA_JOBSEARCH_URL,
  BA_QUERY_PARAMS,
  baJobSearchUrl,
  describeJobSearch,
  OFFER_KINDS,
  offerKinds,
  type JobSearch,
  type JobSearchWords,
} from '../../site/jobs.ts';

export interface JobSearchFormStrings extends JobSearchWords {
  what: string;
  whatHint: string;
  where: string;
  whereHint: string;
  radius: string;
  kind: string;
  submit: string;
  result: string;
  externalLink: string;
}

interface Props {
  strings: JobSearchFormStrings;
  towns: string[];
  radii: readonly number[];
  defaultPlace?: string;
  defaultRadius?: number;
}

export default function JobSearchForm({ strings, towns, radii, defaultPlace = '', defaultRadius = radii[0] }: Props) {
  const id = useId();
  const [search, setSearch] = useState<JobSearch>({ kind: 'apprenticeship', term: '', place: defaultPlace, radiusKm: defaultRadius });
  const [result, setResult] = useState<JobSearch | null>(null);
  const change = (patch: Partial<JobSearch>) => {
    setSearch((current) => ({ ...current, ...patch }));
    setResult(null);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(search);
  };

  return (
    <form className="job-form" action={BA_JOBSEARCH_URL} method="get" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${id}-what`}>{strings.what}</label>
        <input
          id={`${id}-what`}
          name={BA_QUERY_PARAMS.term}
          type="text"
          value={search.term}
          aria-describedby={`${id}-what-hint`}
          autoComplete="off"
          onChange={(e) => change({ term: e.target.value })}
        />
        <p className="hint" id={`${id}-what-hint`}>
          {strings.whatHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-where`}>{strings.where}</label>
        <input
          id={`${id}-where`}
          name={BA_QUERY_PARAMS.place}
          type="text"
          list={`${id}-towns`}
          value={search.place}
          aria-describedby={`${id}-where-hint`}
          autoComplete="off"
          onChange={(e) => change({ place: e.target.value })}
        />
        <datalist id={`${id}-towns`}>
          {towns.map((town) => (
            <option key={town} value={town} />
          ))}
        </datalist>
        <p className="hint" id={`${id}-where-hint`}>
          {strings.whereHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-radius`}>{strings.radius}</label>
        <select
          id={`${id}-radius`}
          name={BA_QUERY_PARAMS.radiusKm}
          value={search.radiusKm}
          onChange={(e) => change({ radiusKm: Number(e.target.value) })}
        >
          {radii.map((km) => (
            <option key={km} value={km}>
              {km} km
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{strings.kind}</legend>
        {OFFER_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={BA_QUERY_PARAMS.kind}
              value={offerKinds[kind]}
              checked={search.kind === kind}
              onChange={() => change({ kind })}
            />
            {strings.kinds[kind]}
          </label>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="button">
          {strings.submit}
        </button>
      </p>
      <div className="result" aria-live="polite">
        {result && (
          <>
            <p className="result-title">{strings.result}</p>
            <p>
              <a href={baJobSearchUrl(result)} rel="noopener" className="external" data-testid="job-link">
                {describeJobSearch(result, strings)}
                <span className="external-marker" aria-hidden="true">
                  {' '}
                  ↗
                </span>
                <span className="visually-hidden"> {strings.externalLink}</span>
              </a>
            </p>
          </>
        )}
      </div>
    </form>
  );
}
