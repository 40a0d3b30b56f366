import type { AreaGroup } from '../../../shared/documents/areas';
import type { DocumentKind, TemplateContent } from '../../../shared/documents/template-schema';
import { BODY_AFTERCARE, FACE_AFTERCARE, SCALP_AFTERCARE, UNDER_EYE_AFTERCARE } from './aftercare-areas';
import { aftercareTemplate } from './aftercare-text';
import {
  BODY_CONSENT,
  FACE_CONSENT,
  GENERIC_CONSENT,
  SCALP_CONSENT,
  UNDER_EYE_CONSENT,
} from './consent-areas';
import { consentTemplate } from './consent-text';

export interface BuiltinTemplate {
  key: string;
  kind: DocumentKind;
  areaGroup: AreaGroup | null;
  content: TemplateContent;
}

/** The templates shipped with the app. Keys are stable forever: stored documents refer to them. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  { key: 'builtin.consent-face', kind: 'consent', areaGroup: 'face', content: consentTemplate(FACE_CONSENT) },
  {
    key: 'builtin.consent-under-eye',
    kind: 'consent',
    areaGroup: 'under-eye',
    content: consentTemplate(UNDER_EYE_CONSENT),
  },
  {
    key: 'builtin.consent-scalp',
    kind: 'consent',
    areaGroup: 'scalp',
    content: consentTemplate(SCALP_CONSENT),
  },
  { key: 'builtin.consent-body', kind: 'consent', areaGroup: 'body', content: consentTemplate(BODY_CONSENT) },
  {
    key: 'builtin.consent-generic',
    kind: 'consent',
    areaGroup: null,
    content: consentTemplate(GENERIC_CONSENT),
  },
  {
    key: 'builtin.aftercare-face',
    kind: 'aftercare',
    areaGroup: 'face',
    content: aftercareTemplate(FACE_AFTERCARE),
  },
  {
    key: 'builtin.aftercare-under-eye',
    kind: 'aftercare',
    areaGroup: 'under-eye',
    content: aftercareTemplate(UNDER_EYE_AFTERCARE),
  },
  {
    key: 'builtin.aftercare-scalp',
    kind: 'aftercare',
    areaGroup: 'scalp',
    content: aftercareTemplate(SCALP_AFTERCARE),
  },
  {
    key: 'builtin.aftercare-body',
    kind: 'aftercare',
    areaGroup: 'body',
    content: aftercareTemplate(BODY_AFTERCARE),
  },
];

export const builtinByKey = (key: string) => BUILTIN_TEMPLATES.find((t) => t.key === key);
