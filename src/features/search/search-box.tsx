import { useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useT } from '@/lib/i18n/use-t';

const searchPath = '/search';

/** The header's search form: submitting opens the results page with the query in its URL. */
export function SearchBox() {
  const { t } = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const inputId = useId();
  const urlQuery = pathname === searchPath ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(urlQuery);
  // Follow the URL (back and forward, links) without losing what is being typed otherwise.
  const [shownQuery, setShownQuery] = useState(urlQuery);
  if (shownQuery !== urlQuery) {
    setShownQuery(urlQuery);
    setValue(urlQuery);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const query = value.trim();
    void navigate(`${searchPath}?q=${encodeURIComponent(query)}`);
  };

  return (
    <form role="search" aria-label={t('search.label')} className="search-box" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        value={value}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
