import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Lazy, lazyComponent } from './lazy';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});
afterEach(() => render(null, root));

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>;
const Bye = ({ name }: { name: string }) => <p>Bye {name}</p>;

describe('Lazy', () => {
  test('loads the code once, on first showing or on preload, then renders at once', async () => {
    const load = vi.fn(async () => Hello);
    const hello = lazyComponent(load);
    await act(() => render(<Lazy of={hello} props={{ name: 'Marie' }} />, root));
    await vi.waitFor(() => expect(root.textContent).toBe('Hello Marie'));
    await hello.preload();
    render(null, root);
    await act(() => render(<Lazy of={hello} props={{ name: 'Paul' }} />, root));
    expect(root.textContent).toBe('Hello Paul');
    expect(load).toHaveBeenCalledOnce();
  });

  test('one Lazy showing one view, then another in its place, renders the second once loaded', async () => {
    const hello = lazyComponent(async () => Hello);
    const bye = lazyComponent(async () => Bye);
    await act(() => render(<Lazy of={hello} props={{ name: 'Marie' }} />, root));
    await vi.waitFor(() => expect(root.textContent).toBe('Hello Marie'));
    await act(() => render(<Lazy of={bye} props={{ name: 'Marie' }} />, root));
    await vi.waitFor(() => expect(root.textContent).toBe('Bye Marie'));
  });

  test('a failed load is tried again on the next use', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello);
    const hello = lazyComponent<{ name: string }>(load);
    await expect(hello.preload()).rejects.toThrow('offline');
    await hello.preload();
    await act(() => render(<Lazy of={hello} props={{ name: 'Marie' }} />, root));
    expect(root.textContent).toBe('Hello Marie');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
