import type { UiContext } from '../context';

/** Places a DOM button over the world, in % of the 16:9 stage, so it scales with it. */
export function overlayBox(el: HTMLElement, box: { x: number; y: number; w: number; h: number }): void {
  el.style.left = `${box.x}%`;
  el.style.top = `${box.y}%`;
  el.style.width = `${box.w}%`;
  el.style.height = `${box.h}%`;
}

/** Pointer or keyboard focus on a button makes its thing glow in the world. */
export function hoverHighlight(el: HTMLElement, ctx: UiContext, id: string): void {
  const on = () => ctx.store.getState().setHighlight(id);
  const off = () => {
    if (ctx.store.getState().session.highlight === id) ctx.store.getState().setHighlight(null);
  };
  el.addEventListener('pointerenter', on);
  el.addEventListener('focus', on);
  el.addEventListener('pointerleave', off);
  el.addEventListener('blur', off);
}
