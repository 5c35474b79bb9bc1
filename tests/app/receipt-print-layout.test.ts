// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { getPrintLayout, setPrintLayout } from '../../src/app/receipt/print/print-layout.ts';

afterEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
});

describe('print layout setting', () => {
  it('defaults to A4', () => {
    expect(getPrintLayout()).toBe('a4');
  });

  it('keeps what the setter stored', () => {
    setPrintLayout('thermal');
    expect(getPrintLayout()).toBe('thermal');
    setPrintLayout('a4');
    expect(getPrintLayout()).toBe('a4');
  });

  it('takes the launch parameter', () => {
    history.replaceState(null, '', '/?channel=kiosk&printer=thermal#top');
    expect(getPrintLayout()).toBe('thermal');
    expect(location.search).toBe('?channel=kiosk');
    expect(location.hash).toBe('#top');

    // Kept after the parameter is gone, as after a restart of the kiosk.
    expect(getPrintLayout()).toBe('thermal');
  });

  it('parameter overrides the stored layout', () => {
    setPrintLayout('thermal');
    history.replaceState(null, '', '/?printer=a4');
    expect(getPrintLayout()).toBe('a4');
    expect(location.search).toBe('');
  });

  it('ignores an unknown value', () => {
    setPrintLayout('thermal');
    history.replaceState(null, '', '/?printer=letter');
    expect(getPrintLayout()).toBe('thermal');
    expect(location.search).toBe('?printer=letter');
  });

  it('ignores a hand-edited stored value', () => {
    localStorage.setItem('loket.printLayout', 'A4 ');
    expect(getPrintLayout()).toBe('a4');
    localStorage.setItem('loket.printLayout', 'letter');
    expect(getPrintLayout()).toBe('a4');
  });
});
