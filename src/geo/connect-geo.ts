import type { Instance, SessionStart } from '../common/session.ts';
import { showValue, UserError } from '../common/errors.ts';
import { CountryLookup } from './country-lookup.ts';
import type { ExpectedCountriesFile } from './expected-countries.ts';
import { startAlert, type UnexpectedCountryRule } from './unexpected-country.ts';

/** What a writer of connects does with their source address (the hook's --geoip, --expect-country[-file], --on-unexpected-country). */
export interface GeoSettings {
  /** The MMDB file to look countries up in; null: the embedded one, found only when a lookup needs it. */
  geoipPath: string | null;
  /** null: neither --expect-country nor --expect-country-file. */
  rule: UnexpectedCountryRule | null;
}

/** One per process: the database file is opened at the first connect that needs it and kept for the next ones (drain). */
export class ConnectGeo {
  private readonly lookup: CountryLookup;
  private expectations: ExpectedCountriesFile | undefined;

  constructor(
    private readonly settings: GeoSettings,
    private readonly warn: (message: string) => void,
    private readonly alertEnv: NodeJS.ProcessEnv = process.env,
  ) {
    this.lookup = new CountryLookup(settings.geoipPath, warn);
  }

  /**
   * The country to store for this connect; starts the alert command when it
   * is not an expected one. An unknown country never alerts, so the
   * expectations are read only for a known one.
   */
  async onConnect(start: SessionStart, instance: Instance): Promise<string | null> {
    const country = this.lookup.country(start.srcIp);
    const rule = this.settings.rule;
    if (country === null || !rule?.command) return country;
    const expected = await this.expectedFor(rule, start.cn);
    if (expected === null || expected.includes(country)) return country;
    await startAlert(
      rule.command,
      {
        cn: start.cn,
        ip: start.srcIp,
        port: start.srcPort,
        country,
        time: start.connectTime,
        instance: `${instance.name}/${instance.protocol}/${instance.port}`,
      },
      expected,
      this.alertEnv,
      this.warn,
    );
    return country;
  }

  close(): void {
    this.lookup.close();
  }

  /**
   * The countries expected of this common name (null: any). The file's
   * module is loaded only by a process that was given one. A file that cannot
   * be read or has an invalid line must not cost the connect, nor let the
   * login pass unchecked when --expect-country is there to check it.
   */
  private async expectedFor(rule: UnexpectedCountryRule, cn: string): Promise<string[] | null> {
    if (rule.file === null) return rule.expected;
    const { ExpectedCountriesFile, expectedFor } = await import('./expected-countries.ts');
    this.expectations ??= new ExpectedCountriesFile(rule.file);
    try {
      return expectedFor(this.expectations.current(), cn, rule.expected);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      const instead = rule.expected ? `checked against --expect-country ${rule.expected.join(',')}` : 'not checked';
      this.warn(`${error.message}; the login of ${showValue(cn)} was ${instead}`);
      return rule.expected;
    }
  }
}
