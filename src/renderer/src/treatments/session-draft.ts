import { todayIso } from '../../../shared/dates';
import { minorToText, parseMoney } from '../../../shared/treatments/money';
import type { Course, Session, SessionFieldsInput } from '../../../shared/treatments/schema';
import { itemsVolume, totalDisagrees } from '../../../shared/treatments/volume';

/** The session form as typed (text for every number), and its conversion to the shared schema's input. */

export interface ItemDraft {
  key: number;
  zone: string;
  productId: string;
  lotId: string;
  volume: string;
  quantity: string;
  dilution: string;
  override: string;
}

export interface Draft {
  date: string;
  time: string;
  areas: string[];
  technique: string;
  needleGauge: string;
  needleLengthMm: string;
  depthMm: string;
  anaesthetic: boolean;
  anaestheticName: string;
  antiseptic: string;
  coolingOffReason: string;
  items: ItemDraft[];
  totalVolumeMl: string;
  /** The total was typed by the practitioner; otherwise it follows the items' volumes. */
  totalOverridden: boolean;
  painScore: string;
  reactions: string;
  notes: string;
  price: string;
}

let itemKeys = 0;
export const nextItemKey = () => ++itemKeys;
export const num = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.replace(',', '.'));
const str = (value: number | null) => (value === null ? '' : String(value));

function nowTime(): string {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function toDraft(session: Session | null, course: Course): Draft {
  if (!session) {
    return {
      date: todayIso(),
      time: nowTime(),
      areas: [...course.areas],
      technique: '',
      needleGauge: '',
      needleLengthMm: '',
      depthMm: '',
      anaesthetic: false,
      anaestheticName: '',
      antiseptic: '',
      coolingOffReason: '',
      items: [],
      totalVolumeMl: '',
      totalOverridden: false,
      painScore: '',
      reactions: '',
      notes: '',
      price: '',
    };
  }
  return {
    date: session.date,
    time: session.time,
    areas: session.areas,
    technique: session.technique ?? '',
    needleGauge: str(session.needleGauge),
    needleLengthMm: str(session.needleLengthMm),
    depthMm: str(session.depthMm),
    anaesthetic: session.anaesthetic,
    anaestheticName: session.anaestheticName,
    antiseptic: session.antiseptic ?? '',
    coolingOffReason: session.coolingOffReason ?? '',
    items: session.items.map((i) => ({
      key: nextItemKey(),
      zone: i.zone,
      productId: String(i.productId),
      lotId: i.lotId === null ? '' : String(i.lotId),
      volume: str(i.volumeMl),
      quantity: str(i.quantityUsed),
      dilution: i.dilution,
      override: i.expiredOverrideReason,
    })),
    totalVolumeMl: str(session.totalVolumeMl),
    totalOverridden: totalDisagrees(session.totalVolumeMl, session.items),
    painScore: str(session.painScore),
    reactions: session.reactions,
    notes: session.notes,
    price: session.priceMinor === null ? '' : minorToText(session.priceMinor, session.currency),
  };
}

/** The product rows' volumes added up, as typed (a row whose volume does not read counts for nothing). */
export const draftItemsVolume = (items: readonly { volume: string }[]): number | null =>
  itemsVolume(
    items.map((i) => {
      const ml = num(i.volume);
      return { volumeMl: ml !== null && Number.isFinite(ml) ? ml : null };
    }),
  );

/** The price as typed does not read as money in the session's currency. */
export const priceUnreadable = (draft: Draft, currency: string) =>
  draft.price.trim() !== '' && parseMoney(draft.price, currency) === null;

/** The draft as the shared session schema takes it (an unreadable price is caught by priceUnreadable). */
export function toFields(draft: Draft, currency: string): SessionFieldsInput {
  const priceMinor = draft.price.trim() === '' ? null : parseMoney(draft.price, currency);
  return {
    date: draft.date,
    time: draft.time,
    areas: draft.areas,
    technique: (draft.technique || null) as SessionFieldsInput['technique'],
    needleGauge: num(draft.needleGauge),
    needleLengthMm: num(draft.needleLengthMm),
    depthMm: num(draft.depthMm),
    anaesthetic: draft.anaesthetic,
    anaestheticName: draft.anaesthetic ? draft.anaestheticName : '',
    antiseptic: draft.antiseptic,
    coolingOffReason: draft.coolingOffReason,
    items: draft.items.map((i) => ({
      zone: i.zone,
      productId: i.productId ? Number(i.productId) : Number.NaN,
      lotId: i.lotId ? Number(i.lotId) : null,
      volumeMl: num(i.volume),
      quantityUsed: num(i.quantity),
      dilution: i.dilution,
      expiredOverrideReason: i.override,
    })),
    totalVolumeMl: draft.totalOverridden ? num(draft.totalVolumeMl) : draftItemsVolume(draft.items),
    painScore: num(draft.painScore),
    reactions: draft.reactions,
    notes: draft.notes,
    priceMinor,
  };
}
