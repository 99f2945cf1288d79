import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configFieldPaths } from '../../../lib/config/fields';
import {
  buildManagedSchema,
  checkAgainstManagedSchema,
  chromeAllowedAttributes,
  managedSchemaFileText,
  type ChromeSchema,
} from '../../../lib/config/managed-schema';
import { resolveConfig } from '../../../lib/config/resolve';

const schemaFile = new URL('../../../public/managed_schema.json', import.meta.url);
const samples = {
  'example-community-trust': JSON.parse(readFileSync(new URL('../../../config-examples/example-community-trust.json', import.meta.url), 'utf8')) as unknown,
  derbyshire: JSON.parse(readFileSync(new URL('../../../config-examples/derbyshire.json', import.meta.url), 'utf8')) as unknown,
};

describe('public/managed_schema.json', () => {
  it('[H20-c] is the schema generated from lib/config/schema.ts', () => {
    // To regenerate after a schema change: UPDATE_MANAGED_SCHEMA=1 npx vitest run tests/lib/config/managed-schema.test.ts
    if (process.env.UPDATE_MANAGED_SCHEMA) writeFileSync(schemaFile, managedSchemaFileText());
    expect(readFileSync(schemaFile, 'utf8')).toBe(managedSchemaFileText());
  });

  it('uses only what Chrome accepts: an object at the top, no additionalProperties there, one type per schema', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as ChromeSchema & Record<string, unknown>;
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const walk = (node: Record<string, unknown>, where: string): void => {
      const type = node.type as keyof typeof chromeAllowedAttributes;
      expect(Object.keys(chromeAllowedAttributes), `${where} type`).toContain(type);
      for (const key of Object.keys(node)) expect(chromeAllowedAttributes[type], `${where}.${key}`).toContain(key);
      if (node.items) walk(node.items as Record<string, unknown>, `${where}[]`);
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(child, `${where}.${key}`);
    };
    walk(schema, 'schema');
  });

  it('declares every configurable field with a title for admin consoles', () => {
    const schema = buildManagedSchema();
    for (const path of configFieldPaths) {
      let node: ChromeSchema | undefined = schema;
      for (const key of path.split('.')) node = node?.properties?.[key];
      expect(node?.title, path).toBeTruthy();
    }
  });

  it.each(Object.entries(samples))('accepts the %s sample as a policy', (_name, sample) => {
    expect(checkAgainstManagedSchema(buildManagedSchema(), sample)).toEqual([]);
  });

  it.each([
    { value: { pathway: { epdsPossibleFrom: 9 } }, problem: 'pathway.epdsPossibleFrom: below 10' },
    { value: { services: [{ outcomes: ['O15'] }] }, problem: 'services[0].outcomes[0]: not one of' },
    { value: { organisationName: 3 }, problem: 'organisationName: expected string' },
    { value: { organisationNme: 'x' }, problem: 'organisationNme: not declared in the schema' },
  ])('rejects a policy the way Chrome would: $problem', ({ value, problem }) => {
    expect(checkAgainstManagedSchema(buildManagedSchema(), value).join('\n')).toContain(problem);
  });
});

describe('sample configurations', () => {
  it.each(Object.entries(samples))('%s works as enterprise policy and as an options-page file', (_name, sample) => {
    expect(resolveConfig({ policy: sample }).problems).toEqual([]);
    expect(resolveConfig({ options: sample }).problems).toEqual([]);
  });

  it('the fictional trust uses only Ofcom drama numbers and example.org addresses', () => {
    const text = JSON.stringify(samples['example-community-trust']);
    for (const phone of text.match(/0\d{4} \d{6}/g) ?? []) expect(phone).toMatch(/^01632 960\d{3}$/);
    for (const web of text.match(/www\.[^"]+/g) ?? []) expect(web).toMatch(/^www\.example\.org\//);
    for (const email of text.match(/[^"\s]+@[^"\s]+/g) ?? []) expect(email).toMatch(/@example\.org$/);
  });
});

describe('the Derbyshire sample', () => {
  const config = resolveConfig({ options: samples.derbyshire }).config;
  const byId = (id: string) => config.services.find((s) => s.id === id);

  it.each([
    { id: 'talking-therapies', outcomes: ['O4'], says: ['four providers', 'fast-track referrals received from pregnant or new mothers'] },
    { id: 'perinatal-mental-health-service-south', outcomes: ['O6'], says: ['multi-disciplinary team'] },
    { id: 'perinatal-mental-health-service-north', outcomes: ['O6'], says: ['multi-disciplinary team'] },
    { id: 'the-beeches', outcomes: ['O8'], says: ['Royal Derby Hospital', 'Up to six mothers', '12 weeks of pregnancy up to 1 year after giving birth'] },
    { id: 'maternal-mental-health-service', outcomes: ['O7'], says: ['bereavement or trauma', 'tokophobia'] },
    { id: 'my-baby-and-me-groups', outcomes: ['O1'], says: ['peer support'] },
    { id: 'dadpad', outcomes: ['O12'], says: ['All fathers'] },
    { id: 'intensive-home-visiting-service', outcomes: ['O3'], says: ['more frequent contacts'] },
    { id: 'specialist-health-visitor-parent-infant-mental-health', outcomes: ['O11'], says: ['guidance and support'] },
  ])('lists $id for $outcomes', ({ id, outcomes, says }) => {
    const service = byId(id);
    expect(service?.outcomes).toEqual(outcomes);
    for (const words of says) expect(`${service?.name} ${service?.notes}`).toContain(words);
  });

  it('offers the perinatal service by self-referral or professional referral, as the source says', () => {
    expect(byId('perinatal-mental-health-service-south')?.referral).toBe('self-or-professional-referral');
  });

  it('leaves every contact detail empty, because the source gives none', () => {
    for (const service of config.services) {
      expect([service.phone, service.web, service.email, service.hours], service.id).toEqual(['', '', '', '']);
    }
    expect(config.crisisRoutes).toEqual([]);
  });
});
