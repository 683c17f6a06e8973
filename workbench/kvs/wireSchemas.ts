import { z } from 'zod';
import { CONDITION_NAMES } from './conditions';

/*
 * Request bodies exactly as @forge/kvs 1.6.5 builds them (storage-api.js, entity-query.js, query.js,
 * utils/transaction-request-builder.js). Objects are strict: a field the SDK starts sending that we do
 * not understand fails loudly instead of being ignored.
 */
const MetadataFields = z.array(z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']));
const GetOptions = z.strictObject({ metadataFields: MetadataFields.optional() });
const Ttl = z.strictObject({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
const TtlOptions = z.strictObject({ ttl: Ttl.optional() });
const SetOptions = z.strictObject({
  ttl: Ttl.optional(),
  keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
  returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
  returnMetadataFields: MetadataFields.optional(),
});
const Condition = z.strictObject({ condition: z.enum(CONDITION_NAMES), values: z.array(z.unknown()) });
const AttributeCondition = z.strictObject({ ...Condition.shape, property: z.string() });
const ConditionGroup = z.strictObject({ and: z.array(AttributeCondition).optional(), or: z.array(AttributeCondition).optional() });

export const GetBody = z.strictObject({ key: z.string(), options: GetOptions.optional() });
export const SetBody = z.strictObject({ key: z.string(), value: z.unknown(), options: SetOptions.optional() });
export const DeleteBody = z.strictObject({ key: z.string() });
export const EntityGetBody = z.strictObject({ ...GetBody.shape, entityName: z.string() });
export const EntitySetBody = z.strictObject({ ...SetBody.shape, entityName: z.string() });
export const EntityDeleteBody = z.strictObject({ ...DeleteBody.shape, entityName: z.string() });

export const QueryBody = z.strictObject({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(AttributeCondition).optional(),
  options: GetOptions.optional(),
});
export const EntityQueryBody = z.strictObject({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(z.unknown()).optional(),
  range: Condition.optional(),
  filters: ConditionGroup.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().optional(),
  cursor: z.string().optional(),
  options: GetOptions.optional(),
});

const BatchAddress = { key: z.string(), entityName: z.string().optional() };
export const BatchSetBody = z.array(z.strictObject({ ...BatchAddress, value: z.unknown(), options: TtlOptions.optional() }));
export const BatchGetBody = z.array(z.strictObject({ ...BatchAddress, options: GetOptions.optional() }));
export const BatchDeleteBody = z.array(z.strictObject(BatchAddress));

export const TransactionBody = z.strictObject({
  set: z
    .array(z.strictObject({ ...BatchAddress, value: z.unknown(), conditions: ConditionGroup.optional(), options: TtlOptions.optional() }))
    .optional(),
  delete: z.array(z.strictObject({ ...BatchAddress, conditions: ConditionGroup.optional() })).optional(),
  check: z.array(z.strictObject({ ...BatchAddress, conditions: ConditionGroup })).optional(),
});
