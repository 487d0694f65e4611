/**
 * Puts a playground configuration on a `<gov-appointment>` through its public properties,
 * exactly as a host page would set the attributes the embed code shows.
 */
import type { ApplicantPrefill, GovAppointment } from '@gov-appointment/widget';
import type { PlaygroundConfig } from './playground-config.js';

export function configureWidget(
  widget: GovAppointment,
  config: PlaygroundConfig,
  apiBase: string,
  applicant: ApplicantPrefill | null,
): void {
  widget.apiBase = apiBase;
  widget.lang = config.language;
  widget.mode = config.mode;
  widget.theme = config.colourScheme;
  widget.digits = config.digits === 'language' ? null : config.digits;
  widget.provider = config.provider;
  widget.service = config.service;
  widget.centre = config.centre;
  widget.lockService = config.lockService;
  widget.lockCentre = config.lockCentre;
  widget.lockApplicant = config.lockApplicant;
  // Only set when it changes: setting it again would put the prefill back over what the
  // person has typed into those fields.
  if (JSON.stringify(widget.applicant) !== JSON.stringify(applicant)) widget.applicant = applicant;
}
