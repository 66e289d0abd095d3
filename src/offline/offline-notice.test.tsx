import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineNotice } from '@/offline/offline-notice';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

afterEach(() => vi.restoreAllMocks());

describe('OfflineNotice', () => {
  it('is an empty status region while online', () => {
    render(<OfflineNotice />);
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent('');
  });

  it('says so when the connection goes, and clears when it comes back', () => {
    render(<OfflineNotice />);
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent('Offline: Saved articles still open; other pages may not.');
    goOffline(false);
    expect(screen.getByRole('status', { hidden: true })).toHaveTextContent('');
  });
});
