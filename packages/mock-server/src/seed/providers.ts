/**
 * The ministries and authorities that run service centres, with how many centres each has
 * and how those centres are named. Real kinds of providers; the figures are illustrative.
 */
import type { LocalizedText, Provider, ServiceCategory } from '@gov-appointment/sdk/schemas';
import type { Town } from './towns.js';

/** A provider as seeded: the public record plus what the centre generator needs. */
export interface ProviderSeed {
  /** Its name and short name are written in all six languages. */
  readonly provider: Provider & { readonly name: FullText; readonly shortName: FullText };
  /** Prefix of its centres' identifiers, e.g. `health` for `health-hamad-town`. */
  readonly centrePrefix: string;
  readonly centreCount: number;
  /** The category its services are filed under. */
  readonly category: ServiceCategory;
  readonly centreName: (town: Town) => FullText;
  /** Health centres often run an evening clinic; offices rarely do. */
  readonly eveningShiftChance: number;
}

/** Text in all six languages, as every seeded name is written. */
type FullText = Required<LocalizedText>;

/**
 * A centre named by its kind followed by its town: "Notary Office, Manama". Urdu, Hindi and
 * Bengali put the town after a comma (Urdu with its own comma); Farsi runs the two together
 * as a place name qualifies a noun ("دفتر اسناد رسمی منامه").
 */
const suffixed =
  (base: FullText) =>
  (town: Town): FullText => ({
    ar: `${base.ar} - ${town.name.ar}`,
    en: `${base.en}, ${town.name.en}`,
    ur: `${base.ur}، ${town.name.ur}`,
    hi: `${base.hi}, ${town.name.hi}`,
    bn: `${base.bn}, ${town.name.bn}`,
    fa: `${base.fa} ${town.name.fa}`,
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
      shortName: {
        ar: 'الحكومة الإلكترونية',
        en: 'iGA',
        ur: 'ای گورنمنٹ',
        hi: 'ई-सरकार',
        bn: 'ই-সরকার',
        fa: 'دولت الکترونیک',
      },
      website: 'https://www.iga.gov.bh',
    },
    centrePrefix: 'egov',
    centreCount: 6,
    category: 'identity',
    centreName: (town) => ({
      ar: `مركز خدمات الحكومة الإلكترونية - ${town.name.ar}`,
      en: `${town.name.en} e-Government Service Centre`,
      ur: `ای گورنمنٹ سروس سینٹر، ${town.name.ur}`,
      hi: `ई-सरकार सेवा केंद्र, ${town.name.hi}`,
      bn: `ই-সরকার সেবা কেন্দ্র, ${town.name.bn}`,
      fa: `مرکز خدمات دولت الکترونیک ${town.name.fa}`,
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
        bn: 'জাতীয়তা, পাসপোর্ট ও আবাসন বিষয়াবলি',
        fa: 'امور تابعیت، گذرنامه و اقامت',
      },
      shortName: {
        ar: 'الجوازات',
        en: 'NPRA',
        ur: 'پاسپورٹ آفس',
        hi: 'पासपोर्ट कार्यालय',
        bn: 'পাসপোর্ট অফিস',
        fa: 'گذرنامه',
      },
      website: 'https://www.npra.gov.bh',
    },
    centrePrefix: 'npra',
    centreCount: 6,
    category: 'passports-residence',
    centreName: suffixed({
      ar: 'مركز خدمات الجوازات',
      en: 'Passports Service Centre',
      ur: 'پاسپورٹ سروس سینٹر',
      hi: 'पासपोर्ट सेवा केंद्र',
      bn: 'পাসপোর্ট সেবা কেন্দ্র',
      fa: 'مرکز خدمات گذرنامه',
    }),
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
        fa: 'سازمان تنظیم بازار کار',
      },
      shortName: {
        ar: 'هيئة تنظيم سوق العمل',
        en: 'LMRA',
        ur: 'لیبر مارکیٹ ریگولیٹری اتھارٹی',
        hi: 'श्रम बाज़ार नियामक प्राधिकरण',
        bn: 'শ্রম বাজার নিয়ন্ত্রক কর্তৃপক্ষ',
        fa: 'سازمان تنظیم بازار کار',
      },
      website: 'https://www.lmra.gov.bh',
    },
    centrePrefix: 'lmra',
    centreCount: 6,
    category: 'labour',
    centreName: suffixed({
      ar: 'مركز خدمات العملاء',
      en: 'LMRA Customer Service Centre',
      ur: 'ایل ایم آر اے کسٹمر سروس سینٹر',
      hi: 'एलएमआरए ग्राहक सेवा केंद्र',
      bn: 'এলএমআরএ গ্রাহক সেবা কেন্দ্র',
      fa: 'مرکز خدمات مشتریان سازمان تنظیم بازار کار',
    }),
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
        bn: 'ট্রাফিক মহাপরিদপ্তর',
        fa: 'اداره کل راهنمایی و رانندگی',
      },
      shortName: {
        ar: 'المرور',
        en: 'Traffic',
        ur: 'ٹریفک',
        hi: 'यातायात',
        bn: 'ট্রাফিক',
        fa: 'راهنمایی و رانندگی',
      },
      website: 'https://www.interior.gov.bh',
    },
    centrePrefix: 'traffic',
    centreCount: 6,
    category: 'traffic',
    centreName: suffixed({
      ar: 'مكتب خدمات المرور',
      en: 'Traffic Services Office',
      ur: 'ٹریفک سروس آفس',
      hi: 'यातायात सेवा कार्यालय',
      bn: 'ট্রাফিক সেবা কার্যালয়',
      fa: 'دفتر خدمات راهنمایی و رانندگی',
    }),
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
      shortName: { ar: 'الصحة', en: 'Health', ur: 'صحت', hi: 'स्वास्थ्य', bn: 'স্বাস্থ্য', fa: 'بهداشت' },
      website: 'https://www.moh.gov.bh',
    },
    centrePrefix: 'health',
    centreCount: 24,
    category: 'health',
    centreName: (town) => ({
      ar: `مركز ${town.name.ar} الصحي`,
      en: `${town.name.en} Health Centre`,
      ur: `مرکز صحت، ${town.name.ur}`,
      hi: `${town.name.hi} स्वास्थ्य केंद्र`,
      bn: `${town.name.bn} স্বাস্থ্যকেন্দ্র`,
      fa: `مرکز بهداشت ${town.name.fa}`,
    }),
    eveningShiftChance: 0.6,
  },
  {
    provider: {
      id: 'moj',
      name: {
        ar: 'وزارة العدل والشؤون الإسلامية والأوقاف',
        en: 'Ministry of Justice, Islamic Affairs and Endowments',
        ur: 'وزارت انصاف، اسلامی امور و اوقاف',
        hi: 'न्याय, इस्लामी मामले और वक़्फ़ मंत्रालय',
        bn: 'বিচার, ইসলাম বিষয়ক ও ওয়াকফ মন্ত্রণালয়',
        fa: 'وزارت دادگستری، امور اسلامی و اوقاف',
      },
      shortName: {
        ar: 'العدل',
        en: 'Justice',
        ur: 'انصاف',
        hi: 'न्याय',
        bn: 'বিচার',
        fa: 'دادگستری',
      },
      website: 'https://www.moj.gov.bh',
    },
    centrePrefix: 'justice',
    centreCount: 6,
    category: 'justice',
    centreName: suffixed({
      ar: 'مكتب التوثيق',
      en: 'Notary Office',
      ur: 'نوٹری آفس',
      hi: 'नोटरी कार्यालय',
      bn: 'নোটারি কার্যালয়',
      fa: 'دفتر اسناد رسمی',
    }),
    eveningShiftChance: 0.1,
  },
  {
    provider: {
      id: 'slrb',
      name: {
        ar: 'جهاز المساحة والتسجيل العقاري',
        en: 'Survey and Land Registration Bureau',
        ur: 'سروے اینڈ لینڈ رجسٹریشن بیورو',
        hi: 'सर्वेक्षण और भूमि पंजीकरण ब्यूरो',
        bn: 'জরিপ ও ভূমি নিবন্ধন ব্যুরো',
        fa: 'اداره نقشه‌برداری و ثبت اراضی',
      },
      shortName: {
        ar: 'التسجيل العقاري',
        en: 'SLRB',
        ur: 'لینڈ رجسٹریشن',
        hi: 'भूमि पंजीकरण',
        bn: 'ভূমি নিবন্ধন',
        fa: 'ثبت اراضی',
      },
      website: 'https://www.slrb.gov.bh',
    },
    centrePrefix: 'slrb',
    centreCount: 3,
    category: 'land',
    centreName: suffixed({
      ar: 'مركز خدمات التسجيل العقاري',
      en: 'Land Registration Centre',
      ur: 'لینڈ رجسٹریشن سینٹر',
      hi: 'भूमि पंजीकरण केंद्र',
      bn: 'ভূমি নিবন্ধন কেন্দ্র',
      fa: 'مرکز ثبت اراضی',
    }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'ewa',
      name: {
        ar: 'هيئة الكهرباء والماء',
        en: 'Electricity and Water Authority',
        ur: 'الیکٹرسٹی اینڈ واٹر اتھارٹی',
        hi: 'बिजली और जल प्राधिकरण',
        bn: 'বিদ্যুৎ ও পানি কর্তৃপক্ষ',
        fa: 'سازمان برق و آب',
      },
      shortName: {
        ar: 'الكهرباء والماء',
        en: 'EWA',
        ur: 'بجلی و پانی',
        hi: 'बिजली और पानी',
        bn: 'বিদ্যুৎ ও পানি',
        fa: 'برق و آب',
      },
      website: 'https://www.ewa.bh',
    },
    centrePrefix: 'ewa',
    centreCount: 7,
    category: 'utilities',
    centreName: suffixed({
      ar: 'مركز خدمة المشتركين',
      en: 'EWA Customer Centre',
      ur: 'ای ڈبلیو اے کسٹمر سینٹر',
      hi: 'ईडब्ल्यूए ग्राहक केंद्र',
      bn: 'ইডব্লিউএ গ্রাহক কেন্দ্র',
      fa: 'مرکز خدمات مشترکین برق و آب',
    }),
    eveningShiftChance: 0.3,
  },
  {
    provider: {
      id: 'mosd',
      name: {
        ar: 'وزارة التنمية الاجتماعية',
        en: 'Ministry of Social Development',
        ur: 'وزارت سماجی ترقی',
        hi: 'सामाजिक विकास मंत्रालय',
        bn: 'সমাজ উন্নয়ন মন্ত্রণালয়',
        fa: 'وزارت توسعه اجتماعی',
      },
      shortName: {
        ar: 'التنمية الاجتماعية',
        en: 'Social Development',
        ur: 'سماجی ترقی',
        hi: 'सामाजिक विकास',
        bn: 'সমাজ উন্নয়ন',
        fa: 'توسعه اجتماعی',
      },
      website: 'https://www.social.gov.bh',
    },
    centrePrefix: 'social',
    centreCount: 8,
    category: 'social',
    centreName: (town) => ({
      ar: `مركز ${town.name.ar} الاجتماعي`,
      en: `${town.name.en} Social Centre`,
      ur: `سماجی مرکز، ${town.name.ur}`,
      hi: `${town.name.hi} सामाजिक केंद्र`,
      bn: `${town.name.bn} সামাজিক কেন্দ্র`,
      fa: `مرکز اجتماعی ${town.name.fa}`,
    }),
    eveningShiftChance: 0.2,
  },
  {
    provider: {
      id: 'housing',
      name: {
        ar: 'وزارة الإسكان والتخطيط العمراني',
        en: 'Ministry of Housing and Urban Planning',
        ur: 'وزارت ہاؤسنگ و شہری منصوبہ بندی',
        hi: 'आवास और शहरी नियोजन मंत्रालय',
        bn: 'গৃহায়ন ও নগর পরিকল্পনা মন্ত্রণালয়',
        fa: 'وزارت مسکن و شهرسازی',
      },
      shortName: { ar: 'الإسكان', en: 'Housing', ur: 'ہاؤسنگ', hi: 'आवास', bn: 'গৃহায়ন', fa: 'مسکن' },
      website: 'https://www.housing.gov.bh',
    },
    centrePrefix: 'housing',
    centreCount: 3,
    category: 'housing',
    centreName: suffixed({
      ar: 'مركز خدمات الإسكان',
      en: 'Housing Services Centre',
      ur: 'ہاؤسنگ سروس سینٹر',
      hi: 'आवास सेवा केंद्र',
      bn: 'গৃহায়ন সেবা কেন্দ্র',
      fa: 'مرکز خدمات مسکن',
    }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'municipalities',
      name: {
        ar: 'وزارة شؤون البلديات والزراعة',
        en: 'Ministry of Municipalities Affairs and Agriculture',
        ur: 'وزارت بلدیاتی امور و زراعت',
        hi: 'नगरपालिका मामले और कृषि मंत्रालय',
        bn: 'পৌর বিষয়ক ও কৃষি মন্ত্রণালয়',
        fa: 'وزارت امور شهرداری‌ها و کشاورزی',
      },
      shortName: {
        ar: 'البلديات',
        en: 'Municipalities',
        ur: 'بلدیات',
        hi: 'नगरपालिकाएँ',
        bn: 'পৌরসভা',
        fa: 'شهرداری‌ها',
      },
      website: 'https://www.mun.gov.bh',
    },
    centrePrefix: 'municipality',
    centreCount: 8,
    category: 'municipal',
    centreName: suffixed({
      ar: 'مكتب الخدمات البلدية',
      en: 'Municipal Services Office',
      ur: 'بلدیاتی خدمات کا دفتر',
      hi: 'नगरपालिका सेवा कार्यालय',
      bn: 'পৌর সেবা কার্যালয়',
      fa: 'دفتر خدمات شهرداری',
    }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'rera',
      name: {
        ar: 'مؤسسة التنظيم العقاري',
        en: 'Real Estate Regulatory Authority',
        ur: 'رئیل اسٹیٹ ریگولیٹری اتھارٹی',
        hi: 'रियल एस्टेट नियामक प्राधिकरण',
        bn: 'রিয়েল এস্টেট নিয়ন্ত্রক কর্তৃপক্ষ',
        fa: 'سازمان تنظیم مقررات املاک',
      },
      shortName: {
        ar: 'التنظيم العقاري',
        en: 'RERA',
        ur: 'رئیل اسٹیٹ ریگولیٹری',
        hi: 'रियल एस्टेट नियामक',
        bn: 'রিয়েল এস্টেট নিয়ন্ত্রক',
        fa: 'تنظیم مقررات املاک',
      },
      website: 'https://www.rera.gov.bh',
    },
    centrePrefix: 'rera',
    centreCount: 2,
    category: 'land',
    centreName: suffixed({
      ar: 'مكتب التنظيم العقاري',
      en: 'RERA Office',
      ur: 'ریرا آفس',
      hi: 'रेरा कार्यालय',
      bn: 'রেরা কার্যালয়',
      fa: 'دفتر تنظیم مقررات املاک',
    }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'moic',
      name: {
        ar: 'وزارة الصناعة والتجارة',
        en: 'Ministry of Industry and Commerce',
        ur: 'وزارت صنعت و تجارت',
        hi: 'उद्योग और वाणिज्य मंत्रालय',
        bn: 'শিল্প ও বাণিজ্য মন্ত্রণালয়',
        fa: 'وزارت صنعت و تجارت',
      },
      shortName: {
        ar: 'الصناعة والتجارة',
        en: 'Industry and Commerce',
        ur: 'صنعت و تجارت',
        hi: 'उद्योग और वाणिज्य',
        bn: 'শিল্প ও বাণিজ্য',
        fa: 'صنعت و تجارت',
      },
      website: 'https://www.moic.gov.bh',
    },
    centrePrefix: 'commerce',
    centreCount: 4,
    category: 'business',
    centreName: suffixed({
      ar: 'مركز خدمات المستثمرين',
      en: 'Investor Services Centre',
      ur: 'انویسٹر سروس سینٹر',
      hi: 'निवेशक सेवा केंद्र',
      bn: 'বিনিয়োগকারী সেবা কেন্দ্র',
      fa: 'مرکز خدمات سرمایه‌گذاران',
    }),
    eveningShiftChance: 0.2,
  },
  {
    provider: {
      id: 'sio',
      name: {
        ar: 'الهيئة العامة للتأمين الاجتماعي',
        en: 'Social Insurance Organization',
        ur: 'سوشل انشورنس آرگنائزیشن',
        hi: 'सामाजिक बीमा संगठन',
        bn: 'সামাজিক বীমা সংস্থা',
        fa: 'سازمان تأمین اجتماعی',
      },
      shortName: {
        ar: 'التأمين الاجتماعي',
        en: 'SIO',
        ur: 'سوشل انشورنس',
        hi: 'सामाजिक बीमा',
        bn: 'সামাজিক বীমা',
        fa: 'تأمین اجتماعی',
      },
      website: 'https://www.sio.gov.bh',
    },
    centrePrefix: 'sio',
    centreCount: 5,
    category: 'social',
    centreName: suffixed({
      ar: 'مكتب التأمين الاجتماعي',
      en: 'Social Insurance Office',
      ur: 'سوشل انشورنس آفس',
      hi: 'सामाजिक बीमा कार्यालय',
      bn: 'সামাজিক বীমা কার্যালয়',
      fa: 'دفتر تأمین اجتماعی',
    }),
    eveningShiftChance: 0,
  },
  {
    provider: {
      id: 'civil-defence',
      name: {
        ar: 'الإدارة العامة للدفاع المدني',
        en: 'General Directorate of Civil Defence',
        ur: 'جنرل ڈائریکٹوریٹ آف سول ڈیفنس',
        hi: 'नागरिक सुरक्षा महानिदेशालय',
        bn: 'সিভিল ডিফেন্স মহাপরিদপ্তর',
        fa: 'اداره کل دفاع مدنی',
      },
      shortName: {
        ar: 'الدفاع المدني',
        en: 'Civil Defence',
        ur: 'سول ڈیفنس',
        hi: 'नागरिक सुरक्षा',
        bn: 'সিভিল ডিফেন্স',
        fa: 'دفاع مدنی',
      },
      website: null,
    },
    centrePrefix: 'civil-defence',
    centreCount: 6,
    category: 'civil-defence',
    centreName: suffixed({
      ar: 'مركز الدفاع المدني',
      en: 'Civil Defence Centre',
      ur: 'سول ڈیفنس سینٹر',
      hi: 'नागरिक सुरक्षा केंद्र',
      bn: 'সিভিল ডিফেন্স কেন্দ্র',
      fa: 'مرکز دفاع مدنی',
    }),
    eveningShiftChance: 0,
  },
];
