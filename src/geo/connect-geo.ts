import type { Instance, SessionStart } from '../common/session.ts';
import { CountryLookup } from './country-lookup.ts';
import { isUnexpected, startAlert, type UnexpectedCountryRule } from './unexpected-country.ts';

/** What a writer of connects does with their source address (the hook's --geoip, --expect-country, --on-unexpected-country). */
export interface GeoSettings {
  /** The MMDB file to look countries up in; null: the embedded one, found only when a lookup needs it. */
  geoipPath: string | null;
  /** null: no --expect-country. */
  rule: UnexpectedCountryRule | null;
}

/** One per process: the database file is opened at the first connect that needs it and kept for the next ones (drain). */
export class ConnectGeo {
  private readonly lookup: CountryLookup;

  constructor(
    private readonly settings: GeoSettings,
    private readonly warn: (message: string) => void,
    private readonly alertEnv: NodeJS.ProcessEnv = process.env,
  ) {
    this.lookup = new CountryLookup(settings.geoipPath, warn);
  }

  /** The country to store for this connect; starts the alert command when it is not an expected one. */
  onConnect(start: SessionStart, instance: Instance): string | null {
    const country = this.lookup.country(start.srcIp);
    const rule = this.settings.rule;
    if (rule && isUnexpected(rule, country)) {
      startAlert(
        rule,
        {
          cn: start.cn,
          ip: start.srcIp,
          port: start.srcPort,
          country,
          time: start.connectTime,
          instance: `${instance.name}/${instance.protocol}/${instance.port}`,
        },
        this.alertEnv,
        this.warn,
      );
    }
    return country;
  }

  close(): void {
    this.lookup.close();
  }
}
