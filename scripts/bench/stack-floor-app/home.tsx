// The yardstick's one route: the data folder's home list through an infinite query, in a window virtualiser, unstyled.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

interface Page {
  page: number;
  pageCount: number;
  items: { id: string; title: string; excerpt: string }[];
}

async function fetchPage(page: number): Promise<Page> {
  return (await fetch(`/data/lists/all/${page}.json`)).json();
}

export function Home() {
  const query = useInfiniteQuery({
    queryKey: ['all'],
    initialPageParam: 1,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    getNextPageParam: (last: Page) => (last.page < last.pageCount ? last.page + 1 : undefined),
  });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const virtualizer = useWindowVirtualizer({ count: items.length, estimateSize: () => 96, overscan: 5 });
  return (
    <main>
      <h1>Newest</h1>
      <ul style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0 }}>
        {virtualizer.getVirtualItems().map((row) => {
          const article = items[row.index];
          if (!article) return null;
          return (
            <li
              key={article.id}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', left: 0, right: 0, listStyle: 'none', transform: `translateY(${row.start}px)` }}
            >
              <h2>
                <a href={`/article/${article.id}`}>{article.title}</a>
              </h2>
              <p>{article.excerpt}</p>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
