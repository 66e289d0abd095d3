import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/articles/article-body';

function renderBody(html: string) {
  const { container } = render(<ArticleBody html={html} />);
  const body = container.querySelector<HTMLElement>('[data-article-body]');
  if (!body) throw new Error('no [data-article-body]');
  return body;
}

describe('ArticleBody', () => {
  it('renders one body element holding only the sanitised HTML', () => {
    const body = renderBody('<p onclick="steal()">你好 <b>world</b></p><script>steal()</script>');
    expect(document.querySelectorAll('[data-article-body]')).toHaveLength(1);
    expect(body.innerHTML).toBe('<p>你好 <b>world</b></p>');
  });

  it('keeps figures with their captions, and images lazy with no referrer', () => {
    const body = renderBody(
      '<figure><img src="https://img.example/a.jpg" alt="码头" width="800" height="450"><figcaption>夜里的码头</figcaption></figure>',
    );
    const figure = within(body).getByRole('figure');
    expect(within(figure).getByText('夜里的码头').tagName).toBe('FIGCAPTION');
    const img = within(figure).getByRole('img', { name: '码头' });
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(img).toHaveAttribute('width', '800');
  });

  it.each([
    ['a plain image', '<figure><img src="https://img.example/gone.jpg" alt="码头"><figcaption>夜里的码头</figcaption></figure>', 'link'],
    ['an image inside a link', '<figure><a href="https://example.com/"><img src="https://img.example/gone.jpg" alt="码头"></a><figcaption>夜里的码头</figcaption></figure>', 'text'],
  ])('replaces %s that fails with a note, keeping the caption', (_name, html, kind) => {
    const body = renderBody(html);
    fireEvent.error(within(body).getByRole('img'));
    expect(within(body).queryByRole('img')).toBeNull();
    expect(within(body).getByText('夜里的码头')).toBeInTheDocument();
    const note = within(body).getByText(/^码头 — Image could not be loaded\./);
    if (kind === 'link') {
      expect(note).toHaveAttribute('href', 'https://img.example/gone.jpg');
      expect(note).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      expect(note.tagName).toBe('SPAN');
      expect(note).not.toHaveTextContent('Open the original');
    }
  });

  it('opens links in a new tab without leaking the opener', () => {
    const body = renderBody('<p><a href="https://example.com/story">原文</a></p>');
    const link = within(body).getByRole('link', { name: '原文' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')?.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });

  it('loads an allowlisted video only after a click, in a sandboxed frame', async () => {
    const body = renderBody('<iframe src="https://www.youtube.com/embed/abcdefghijk" title="渡轮"></iframe>');
    expect(body.querySelector('iframe')).toBeNull();
    await userEvent.click(within(body).getByRole('button', { name: 'Load video from www.youtube.com' }));
    const player = body.querySelector('iframe');
    expect(player?.getAttribute('src')).toBe('https://www.youtube.com/embed/abcdefghijk');
    expect(player?.getAttribute('sandbox')).toContain('allow-scripts');
    expect(player?.getAttribute('sandbox')).not.toContain('allow-top-navigation');
    expect(within(body).queryByRole('button')).toBeNull();
  });

  it('drops frames from hosts outside the allowlist', () => {
    const body = renderBody('<p>前</p><iframe src="https://ads.example/frame"></iframe><p>后</p>');
    expect(body.querySelector('iframe, [data-embed-src]')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
