import type { Lot, Product } from '../../shared/catalog/schema';
import type { SessionItem, SessionItemFields } from '../../shared/treatments/schema';
import type { ProductService } from '../catalog/products';
import { toHundredths } from '../catalog/quantities';
import { AppError } from '../errors';

/** How much of its lot an item uses: the volume for a product sold by the ml, else the vials used. */
export function stockUse(item: Pick<SessionItemFields, 'volumeMl' | 'quantityUsed'>, unit: Product['unit']) {
  const amount = unit === 'ml' ? item.volumeMl : item.quantityUsed;
  return amount === null ? 0 : toHundredths(amount);
}

/** Checks each item against the catalogue and resolves names, lots and expiry. */
export function resolveSessionItems(
  products: Pick<ProductService, 'get' | 'getLot'>,
  items: SessionItemFields[],
  date: string,
): SessionItem[] {
  const fields: Record<string, string> = {};
  const resolved = items.map((item, i): SessionItem | null => {
    let product: Product;
    try {
      product = products.get(item.productId);
    } catch {
      fields[`items.${i}.productId`] = 'errors.notFound.product';
      return null;
    }
    let lot: Lot | null = null;
    if (item.lotId !== null) {
      try {
        lot = products.getLot(item.lotId);
      } catch {
        fields[`items.${i}.lotId`] = 'errors.notFound.lot';
        return null;
      }
      if (lot.productId !== product.id) {
        fields[`items.${i}.lotId`] = 'errors.lotOtherProduct';
        return null;
      }
      if (lot.quarantined) {
        fields[`items.${i}.lotId`] = 'errors.lotQuarantined';
        return null;
      }
    }
    const expired = lot !== null && lot.expiryDate < date;
    if (expired && !item.expiredOverrideReason) {
      fields[`items.${i}.expiredOverrideReason`] = 'errors.lotExpired';
    }
    return {
      ...item,
      volumeMl: item.volumeMl,
      productName: product.name,
      unit: product.unit,
      ingredients: product.ingredients,
      lotNumber: lot?.lotNumber ?? null,
      expiryDate: lot?.expiryDate ?? null,
      expired,
      expiredOverrideReason: expired ? item.expiredOverrideReason : '',
    };
  });
  if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.validation', fields);
  return resolved as SessionItem[];
}
