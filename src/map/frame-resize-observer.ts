/**
 * A ResizeObserver whose callback runs in the next animation frame, not
 * while the browser delivers sizes. A callback that changes the layout it is
 * told about (the map drawing its buttons, the virtualised list placing its
 * rows) would otherwise make the browser report "ResizeObserver loop
 * completed with undelivered notifications" as an error on the page's
 * window. Sizes reported within one frame are handed over together, the
 * latest per element, and only for elements still observed.
 */
export class FrameResizeObserver extends ResizeObserver {
  private readonly state: { frame: number; readonly observed: Set<Element> };

  constructor(callback: ResizeObserverCallback) {
    const state = { frame: 0, observed: new Set<Element>() };
    const pending = new Map<Element, ResizeObserverEntry>();
    super((entries, observer) => {
      for (const entry of entries) pending.set(entry.target, entry);
      if (state.frame) return;
      state.frame = requestAnimationFrame(() => {
        state.frame = 0;
        const due = [...pending.values()].filter((entry) => state.observed.has(entry.target));
        pending.clear();
        if (due.length) callback(due, observer);
      });
    });
    this.state = state;
  }

  override observe(target: Element, options?: ResizeObserverOptions): void {
    this.state.observed.add(target);
    super.observe(target, options);
  }

  override unobserve(target: Element): void {
    this.state.observed.delete(target);
    super.unobserve(target);
  }

  override disconnect(): void {
    this.state.observed.clear();
    cancelAnimationFrame(this.state.frame);
    this.state.frame = 0;
    super.disconnect();
  }
}
