import type { AreaGroup } from '../../../shared/documents/areas';
import type { DocumentKind, TemplateContent } from '../../../shared/documents/template-schema';
import { LANGUAGES, type Language } from '../../../shared/language/languages';
import { BODY_AFTERCARE, FACE_AFTERCARE, SCALP_AFTERCARE, UNDER_EYE_AFTERCARE } from './aftercare-areas';
import {
  AFTERCARE_EN,
  type AftercareAreaText,
  type AftercareWording,
  aftercareTemplate,
} from './aftercare-text';
import {
  BODY_CONSENT,
  FACE_CONSENT,
  GENERIC_CONSENT,
  SCALP_CONSENT,
  UNDER_EYE_CONSENT,
} from './consent-areas';
import { CONSENT_EN, type ConsentAreaText, type ConsentWording, consentTemplate } from './consent-text';
import de from './translations/de.json';
import es from './translations/es.json';
import fr from './translations/fr.json';
import it from './translations/it.json';
import pt from './translations/pt.json';

export interface BuiltinTemplate {
  key: string;
  kind: DocumentKind;
  areaGroup: AreaGroup | null;
  language: Language;
  content: TemplateContent;
}

export type ConsentArea = 'face' | 'under-eye' | 'scalp' | 'body' | 'generic';
export type AftercareArea = 'face' | 'under-eye' | 'scalp' | 'body';

/** Every consent and aftercare text shipped, in one language. */
export interface BuiltinTexts {
  consent: ConsentWording;
  consentAreas: Record<ConsentArea, ConsentAreaText>;
  aftercare: AftercareWording;
  aftercareAreas: Record<AftercareArea, AftercareAreaText>;
}

const english: BuiltinTexts = {
  consent: CONSENT_EN,
  consentAreas: {
    face: FACE_CONSENT,
    'under-eye': UNDER_EYE_CONSENT,
    scalp: SCALP_CONSENT,
    body: BODY_CONSENT,
    generic: GENERIC_CONSENT,
  },
  aftercare: AFTERCARE_EN,
  aftercareAreas: {
    face: FACE_AFTERCARE,
    'under-eye': UNDER_EYE_AFTERCARE,
    scalp: SCALP_AFTERCARE,
    body: BODY_AFTERCARE,
  },
};

/** The translations are JSON for translation tools; this type checks every one of them. */
export const BUILTIN_TEXTS: Record<Language, BuiltinTexts> = {
  en: english,
  fr,
  it,
  es,
  de,
  pt,
};

const CONSENT_AREAS: readonly ConsentArea[] = ['face', 'under-eye', 'scalp', 'body', 'generic'];
const AFTERCARE_AREAS: readonly AftercareArea[] = ['face', 'under-eye', 'scalp', 'body'];

/** English keeps the keys it always had; a translation adds its language: builtin.consent-face-it. */
const keyOf = (kind: DocumentKind, area: string, language: Language) =>
  `builtin.${kind}-${area}${language === 'en' ? '' : `-${language}`}`;

function templatesIn(language: Language): BuiltinTemplate[] {
  const texts = BUILTIN_TEXTS[language];
  return [
    ...CONSENT_AREAS.map((area) => ({
      key: keyOf('consent', area, language),
      kind: 'consent' as const,
      areaGroup: area === 'generic' ? null : area,
      language,
      content: consentTemplate(texts.consentAreas[area], texts.consent),
    })),
    ...AFTERCARE_AREAS.map((area) => ({
      key: keyOf('aftercare', area, language),
      kind: 'aftercare' as const,
      areaGroup: area,
      language,
      content: aftercareTemplate(texts.aftercareAreas[area], texts.aftercare),
    })),
  ];
}

/** The templates shipped with the app. Keys are stable forever: stored documents refer to them. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = LANGUAGES.flatMap(templatesIn);

export const builtinByKey = (key: string) => BUILTIN_TEMPLATES.find((t) => t.key === key);
