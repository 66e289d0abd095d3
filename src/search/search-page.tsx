// The /search route: ranked results for ?q= with matches marked, a category filter, and "Show more".
import '@/search/search-page.css';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ArticleListItem } from '@/articles/article-list-item';
import { t } from '@/i18n/locale';
import { searchStrings as ts } from '@/i18n/search-strings';
import { Highlighted } from '@/search/highlight';
import { searchQueries } from '@/search/search-queries';
import { KEYBOARD_LIST_ATTRIBUTE } from '@/shared/keyboard-list';
import type { ArticleSummary, SearchMeta } from '@/shared/schema';
import type { RankedDoc } from '@/shared/search-ranking';
import { queryTerms } from '@/shared/search-tokens';
import { GroupFilter as GroupSelect } from '@/ui/group-filter';
import { LoadError } from '@/ui/load-states';
import { ListSkeleton } from '@/ui/skeleton';

const RESULTS_PER_STEP = 20;

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const group = params.get('category') ?? '';
  const terms = useMemo(() => queryTerms(query), [query]);
  const setGroup = (next: string) =>
    setParams(next ? { q: query, category: next } : { q: query }, { replace: true, preventScrollReset: true });

  return (
    <>
      <title>{`${query ? ts.searchResultsFor(query) : t.search} · ${t.appName}`}</title>
      <h1 className="page-title">{query ? ts.searchResultsFor(query) : t.search}</h1>
      {terms.length === 0 ? (
        <p className="empty">{ts.searchPrompt}</p>
      ) : (
        <Results key={terms.join(' ')} query={query} terms={terms} group={group} setGroup={setGroup} />
      )}
    </>
  );
}

function Results({
  query,
  terms,
  group,
  setGroup,
}: {
  query: string;
  terms: string[];
  group: string;
  setGroup: (group: string) => void;
}) {
  const client = useQueryClient();
  const results = useQuery(searchQueries.results(terms, client));
  if (results.isPending) return <ListSkeleton />;
  if (results.isError) return <LoadError onRetry={() => results.refetch()} />;
  const { meta, ranked } = results.data;
  if (ranked.length === 0) return <p className="empty">{ts.searchNoResults(query)}</p>;
  const inGroup = group ? ranked.filter((r) => groupOf(meta, r.doc) === group) : ranked;
  return (
    <>
      <div className="list-tools">
        <p role="status" className="search-count">
          {ts.searchResultCount(inGroup.length)}
        </p>
        <GroupFilter meta={meta} ranked={ranked} group={group} setGroup={setGroup} />
      </div>
      {inGroup.length === 0 ? (
        <p className="empty">{ts.searchNoResultsInCategory}</p>
      ) : (
        <ResultList key={group} meta={meta} ranked={inGroup} terms={terms} />
      )}
    </>
  );
}

function groupOf(meta: SearchMeta, doc: number): string {
  return meta.groups[meta.docGroups[doc] ?? -1] ?? '';
}

function GroupFilter({
  meta,
  ranked,
  group,
  setGroup,
}: {
  meta: SearchMeta;
  ranked: RankedDoc[];
  group: string;
  setGroup: (group: string) => void;
}) {
  const counts = new Map<string, number>();
  for (const { doc } of ranked) {
    const name = groupOf(meta, doc);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // A filter in the URL that no result belongs to still shows as chosen, with nothing under it.
  if (group && !counts.has(group)) counts.set(group, 0);
  const groups = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <GroupSelect
      id="search-filter"
      className="search-filter"
      value={group}
      onChange={setGroup}
      total={ranked.length}
      groups={groups}
    />
  );
}

function ResultList({ meta, ranked, terms }: { meta: SearchMeta; ranked: RankedDoc[]; terms: string[] }) {
  const [limit, setLimit] = useState(RESULTS_PER_STEP);
  const wanted = ranked.slice(0, limit).map((r) => r.doc);
  const chunkOf = (doc: number) => Math.floor(doc / meta.docsPerChunk);
  const chunks = useQueries({
    queries: [...new Set(wanted.map(chunkOf))].map(searchQueries.docs),
    combine: (all) => ({
      items: new Map(all.flatMap((r) => (r.data ? [[r.data.chunk, r.data.items] as const] : []))),
      failed: all.some((r) => r.isError),
      retry: () => {
        for (const r of all) if (r.isError) void r.refetch();
      },
    }),
  });
  const markTerms = useMemo(() => new Set(terms), [terms]);
  const renderText = useMemo(() => (text: string) => <Highlighted text={text} terms={markTerms} />, [markTerms]);

  // Results appear in rank order as far as their chunks have arrived; the rest follow when they do.
  const shown: ArticleSummary[] = [];
  for (const doc of wanted) {
    const item = chunks.items.get(chunkOf(doc))?.[doc % meta.docsPerChunk];
    if (!item) break;
    shown.push(item);
  }
  if (shown.length === 0 && chunks.failed) return <LoadError onRetry={chunks.retry} />;
  if (shown.length === 0) return <ListSkeleton />;
  const loading = shown.length < wanted.length;

  return (
    <>
      <ul className="article-list search-results" aria-label={ts.searchResults} {...{ [KEYBOARD_LIST_ATTRIBUTE]: '' }}>
        {shown.map((article, index) => (
          <li key={article.id} aria-setsize={ranked.length} aria-posinset={index + 1}>
            <ArticleListItem article={article} renderText={renderText} />
          </li>
        ))}
      </ul>
      <div className="list-end">
        {chunks.failed && <p role="alert">{t.loadErrorBody}</p>}
        {(limit < ranked.length || loading) && (
          <button
            type="button"
            className="button"
            disabled={loading && !chunks.failed}
            onClick={() => (chunks.failed ? chunks.retry() : setLimit(limit + RESULTS_PER_STEP))}
          >
            {loading && !chunks.failed ? t.loadingMore : chunks.failed ? t.retry : ts.searchShowMore}
          </button>
        )}
      </div>
    </>
  );
}
