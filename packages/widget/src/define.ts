/**
 * Registers `<gov-appointment>`. Importing this module twice, or alongside another copy of
 * the widget, warns instead of throwing, so a host page never breaks over it.
 */
import { GovAppointment } from './gov-appointment.js';

export const TAG_NAME = 'gov-appointment';

export function defineGovAppointment(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(TAG_NAME);
  if (existing) {
    if (existing !== GovAppointment) {
      console.warn(
        `<${TAG_NAME}> is already defined by another copy of the widget; this copy is not registered.`,
      );
    }
    return;
  }
  registry.define(TAG_NAME, GovAppointment);
}

defineGovAppointment();

export * from './index.js';
