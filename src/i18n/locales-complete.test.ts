import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES, SOURCE_LANGUAGE } from './languages';

const localesDir = join(import.meta.dirname, 'locales');

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    flattenKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

function load(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8'));
}

describe('locale files', () => {
  it('ship exactly the declared languages and namespaces', () => {
    expect(readdirSync(localesDir).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      expect(readdirSync(join(localesDir, language)).sort()).toEqual(
        NAMESPACES.map((namespace) => `${namespace}.json`).sort(),
      );
    }
  });

  describe.each(LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE))('%s', (language) => {
    it.each([...NAMESPACES])(
      'has every key of the English %s namespace and no other',
      (namespace) => {
        const source = flattenKeys(load(SOURCE_LANGUAGE, namespace)).sort();
        expect(flattenKeys(load(language, namespace)).sort()).toEqual(source);
      },
    );

    it.each([...NAMESPACES])('has no empty string in %s', (namespace) => {
      const empty = Object.entries(load(language, namespace)).filter(([, value]) => value === '');
      expect(empty).toEqual([]);
    });
  });

  it.each([...NAMESPACES])(
    'keeps the same interpolation variables in every language (%s)',
    (namespace) => {
      const variables = (language: string) => {
        const file = load(language, namespace);
        return flattenKeys(file).map((key) => {
          const text = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], file);
          return [
            key,
            String(text)
              .match(/{{\w+}}/g)
              ?.sort() ?? [],
          ];
        });
      };
      for (const language of LANGUAGES) {
        expect(variables(language)).toEqual(variables(SOURCE_LANGUAGE));
      }
    },
  );
});
