/**
 * How product events reach the app. Forge delivers triggers at least once, possibly late and out of order;
 * tests turn these knobs to prove the handlers are idempotent. By default every event is delivered once, at once.
 */
export interface TriggerDeliveryKnobs {
  /** Deliver every event this many times (1 = once). */
  copies: number;
  /** Hold events until `release()`; released in reverse order when `reverseOnRelease`. */
  hold: boolean;
  reverseOnRelease: boolean;
}

export class TriggerDelivery {
  readonly knobs: TriggerDeliveryKnobs = { copies: 1, hold: false, reverseOnRelease: false };
  private held: (() => Promise<unknown>)[] = [];

  constructor(private readonly track: (work: Promise<unknown>) => void) {}

  deliver(send: () => Promise<unknown>): void {
    for (let copy = 0; copy < this.knobs.copies; copy += 1) {
      if (this.knobs.hold) this.held.push(send);
      else this.track(send());
    }
  }

  /** Delivers the held events (one after another, as a late burst) and stops holding. */
  async release(): Promise<void> {
    const batch = this.knobs.reverseOnRelease ? [...this.held].reverse() : this.held;
    this.held = [];
    this.knobs.hold = false;
    for (const send of batch) await send();
  }

  reset(): void {
    Object.assign(this.knobs, { copies: 1, hold: false, reverseOnRelease: false });
    this.held = [];
  }
}
