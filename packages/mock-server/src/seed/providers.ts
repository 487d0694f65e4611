/**
 * The ministries and authorities that run service centres, with how many centres each has
 * and how those centres are named. Real kinds of providers; the figures are illustrative.
 */
import type { LocalizedText, Provider, ServiceCategory } from '@gov-appointment/sdk/schemas';
import type { Town } from './towns.js';

/** A provider as seeded: the public record plus what the centre generator needs. */
export interface ProviderSeed {
  readonly provider: Provider;
  /** Prefix of its centres' identifiers, e.g. `health` for `health-hamad-town`. */
  readonly centrePrefix: string;
  readonly centreCount: number;
  /** The category its services are filed under. */
  readonly category: ServiceCategory;
  readonly centreName: (town: Town) => LocalizedText;
  /** Health centres often run an evening clinic; offices rarely do. */
  readonly eveningShiftChance: number;
}

const suffixed = (base: LocalizedText) => (town: Town) => ({
  ar: `${base.ar} - ${town.name.ar}`,
  en: `${base.en}, ${town.name.en}`,
});

export const PROVIDER_SEEDS: readonly ProviderSeed[] = [
  {
    provider: {
      id: 'iga',
      name: {
        ar: 'هيئة المعلومات والحكومة الإلكترونية',
        en: 'Information & eGovernment Authority',
        ur: 'انفارمیشن اینڈ ای گورنمنٹ اتھارٹی',
        hi: 'सूचना और ई-सरकार प्राधिकरण',
        bn: 'তথ্য ও ই-সরকার কর্তৃপক্ষ',
        fa: 'سازمان اطلاعات و دولت الکترونیک',
      },
      shortName: { ar: 'الحكومة الإلكترونية', en: 'iGA' },
      website: 'https://www.iga.gov.bh',
    },
    centrePrefix: 'egov',
    centreCount: 6,
    category: 'identity',
    centreName: (town) => ({
      ar: `مركز خدمات الحكومة الإلكترونية - ${town.name.ar}`,
      en: `${town.name.en} e-Government Service Centre`,
    }),
    eveningShiftChance: 0.5,
  },
  {
    provider: {
      id: 'npra',
      name: {
        ar: 'شؤون الجنسية والجوازات والإقامة',
        en: 'Nationality, Passports and Residence Affairs',
        ur: 'قومیت، پاسپورٹ اور اقامت کے امور',
        hi: 'राष्ट्रीयता, पासपोर्ट और निवास मामले',
        bn: 'জাতীয়তা, পাসপোর্ট ও আবাসন বিষয়ক',
        fa: 'امور تابعیت، گذرنامه و اقامت',
      },
      shortName: { ar: 'الجوازات', en: 'NPRA', ur: 'پاسپورٹ آفس', fa: 'گذرنامه' },
      website: 'https://www.npra.gov.bh',
    },
    centrePrefix: 'npra',
    centreCount: 6,
    category: 'passports-residence',
    centreName: suffixed({ ar: 'مركز خدمات الجوازات', en: 'Passports Service Centre' }),
    eveningShiftChance: 0.3,
  },
  {
    provider: {
      id: 'lmra',
      name: {
        ar: 'هيئة تنظيم سوق العمل',
        en: 'Labour Market Regulatory Authority',
        ur: 'لیبر مارکیٹ ریگولیٹری اتھارٹی',
        hi: 'श्रम बाज़ार नियामक प्राधिकरण',
        bn: 'শ্রম বাজার নিয়ন্ত্রক কর্তৃপক্ষ',
      },
      shortName: { ar: 'هيئة تنظيم سوق العمل', en: 'LMRA' },
      website: 'https://www.lmra.gov.bh',
    },
    centrePrefix: 'lmra',
    centreCount: 6,
    category: 'labour',
    centreName: suffixed({ ar: 'مركز خدمات العملاء', en: 'LMRA Customer Service Centre' }),
    eveningShiftChance: 0.2,
  },
  {
    provider: {
      id: 'traffic',
      name: {
        ar: 'الإدارة العامة للمرور',
        en: 'General Directorate of Traffic',
        ur: 'جنرل ڈائریکٹوریٹ آف ٹریفک',
        hi: 'यातायात महानिदेशालय',
        fa: 'اداره کل راهنمایی و رانندگی',
      },
      shortName: { ar: 'المرور', en: 'Traffic' },
      website: 'https://www.interior.gov.bh',
    },
    centrePrefix: 'traffic',
    centreCount: 6,
    category: 'traffic',
    centreName: suffixed({ ar: 'مكتب خدمات المرور', en: 'Traffic Services Office' }),
    eveningShiftChance: 0.2,
  },
  {
    provider: {
      id: 'moh',
      name: {
        ar: 'وزارة الصحة',
        en: 'Ministry of Health',
        ur: 'وزارت صحت',
        hi: 'स्वास्थ्य मंत्रालय',
        bn: 'স্বাস্থ্য মন্ত্রণালয়',
        fa: 'وزارت بهداشت',
      },
      shortName: { ar: 'الصحة', en: 'Health' },
      website: 'https://www.moh.gov.bh',
    },
    centrePrefix: 'health',
    centreCount: 24,
    category: 'health',
    centreName: (town) => ({
      ar: `مركز ${town.name.ar} الصحي`,
      en: `${town.name.en} Health Centre`,
    }),
    eveningShiftChance: 0.6,
  },
  {
    provider: {
      id: 'moj',
      name: {
        ar: 'وزارة العدل والشؤون الإسلامية والأوقاف',
        en: 'Ministry of Justice, Islamic Affairs and Endowments',
      },
      shortName: { ar: 'العدل', en: 'Justice' },
      website: 'https://www.moj.gov.bh',
    },
    centrePrefix: 'justice',
    centreCount: 6,
    category: 'justice',
    centreName: suffixed({ ar: 'مكتب التوثيق', en: 'Notary Office' }),
    eveningShiftChance: 0.1,
  },
  {
    provider: {
      id: 'slrb',
      name: { ar: 'جهاز المساحة والتسجيل العقاري', en: 'Survey and Land Registration Bureau' },
      shortName: { ar: 'التسجيل العقاري', en: 'SLRB' },
      website: 'https://www.slrb.gov.bh',
    },
    centrePrefix: 'slrb',
    centreCount: 3,
    category: 'land',
    centreName: suffixed({ ar: 'مركز خدمات التسجيل العقاري', en: 'Land Registration Centre' }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'ewa',
      name: { ar: 'هيئة الكهرباء والماء', en: 'Electricity and Water Authority' },
      shortName: { ar: 'الكهرباء والماء', en: 'EWA' },
      website: 'https://www.ewa.bh',
    },
    centrePrefix: 'ewa',
    centreCount: 7,
    category: 'utilities',
    centreName: suffixed({ ar: 'مركز خدمة المشتركين', en: 'EWA Customer Centre' }),
    eveningShiftChance: 0.3,
  },
  {
    provider: {
      id: 'mosd',
      name: { ar: 'وزارة التنمية الاجتماعية', en: 'Ministry of Social Development' },
      shortName: { ar: 'التنمية الاجتماعية', en: 'Social Development' },
      website: 'https://www.social.gov.bh',
    },
    centrePrefix: 'social',
    centreCount: 8,
    category: 'social',
    centreName: (town) => ({
      ar: `مركز ${town.name.ar} الاجتماعي`,
      en: `${town.name.en} Social Centre`,
    }),
    eveningShiftChance: 0.2,
  },
  {
    provider: {
      id: 'housing',
      name: { ar: 'وزارة الإسكان والتخطيط العمراني', en: 'Ministry of Housing and Urban Planning' },
      shortName: { ar: 'الإسكان', en: 'Housing' },
      website: 'https://www.housing.gov.bh',
    },
    centrePrefix: 'housing',
    centreCount: 3,
    category: 'housing',
    centreName: suffixed({ ar: 'مركز خدمات الإسكان', en: 'Housing Services Centre' }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'municipalities',
      name: {
        ar: 'وزارة شؤون البلديات والزراعة',
        en: 'Ministry of Municipalities Affairs and Agriculture',
      },
      shortName: { ar: 'البلديات', en: 'Municipalities' },
      website: 'https://www.mun.gov.bh',
    },
    centrePrefix: 'municipality',
    centreCount: 8,
    category: 'municipal',
    centreName: suffixed({ ar: 'مكتب الخدمات البلدية', en: 'Municipal Services Office' }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'rera',
      name: { ar: 'مؤسسة التنظيم العقاري', en: 'Real Estate Regulatory Authority' },
      shortName: { ar: 'التنظيم العقاري', en: 'RERA' },
      website: 'https://www.rera.gov.bh',
    },
    centrePrefix: 'rera',
    centreCount: 2,
    category: 'land',
    centreName: suffixed({ ar: 'مكتب التنظيم العقاري', en: 'RERA Office' }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'moic',
      name: { ar: 'وزارة الصناعة والتجارة', en: 'Ministry of Industry and Commerce' },
      shortName: { ar: 'الصناعة والتجارة', en: 'Industry and Commerce' },
      website: 'https://www.moic.gov.bh',
    },
    centrePrefix: 'commerce',
    centreCount: 4,
    category: 'business',
    centreName: suffixed({ ar: 'مركز خدمات المستثمرين', en: 'Investor Services Centre' }),
    eveningShiftChance: 0.2,
  },
  {
    provider: {
      id: 'sio',
      name: { ar: 'الهيئة العامة للتأمين الاجتماعي', en: 'Social Insurance Organization' },
      shortName: { ar: 'التأمين الاجتماعي', en: 'SIO' },
      website: 'https://www.sio.gov.bh',
    },
    centrePrefix: 'sio',
    centreCount: 5,
    category: 'social',
    centreName: suffixed({ ar: 'مكتب التأمين الاجتماعي', en: 'Social Insurance Office' }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'civil-defence',
      name: { ar: 'الإدارة العامة للدفاع المدني', en: 'General Directorate of Civil Defence' },
      shortName: { ar: 'الدفاع المدني', en: 'Civil Defence' },
      website: null,
    },
    centrePrefix: 'civil-defence',
    centreCount: 6,
    category: 'civil-defence',
    centreName: suffixed({ ar: 'مركز الدفاع المدني', en: 'Civil Defence Centre' }),
    eveningShiftChance: 0,
  },
];
