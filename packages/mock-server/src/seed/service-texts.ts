/**
 * Eligibility rules and documents shared by many services, written once so that the same
 * document reads the same everywhere.
 */
import type { LocalizedText } from '@gov-appointment/sdk/schemas';

export const ELIGIBILITY = {
  everyone: {
    ar: 'المواطنون والمقيمون الحاملون لبطاقة هوية سارية.',
    en: 'Citizens and residents with a valid identity card.',
  },
  citizens: { ar: 'المواطنون البحرينيون.', en: 'Bahraini citizens.' },
  residents: {
    ar: 'المقيمون الحاملون لتصريح إقامة ساري المفعول.',
    en: 'Residents with a valid residence permit.',
  },
  employers: {
    ar: 'أصحاب العمل المسجلون لدى هيئة تنظيم سوق العمل أو ممثلوهم المفوضون.',
    en: 'Employers registered with the Labour Market Regulatory Authority, or their authorised representatives.',
  },
  workers: {
    ar: 'العمال الحاملون لتصريح عمل ساري المفعول.',
    en: 'Workers with a valid work permit.',
  },
  patients: {
    ar: 'المرضى المسجلون في المركز الصحي.',
    en: 'Patients registered with the health centre.',
  },
  drivers: {
    ar: 'حاملو رخصة القيادة البحرينية.',
    en: 'Holders of a Bahraini driving licence.',
  },
  vehicleOwners: {
    ar: 'ملاك المركبات المسجلة في البحرين أو من يفوضونهم.',
    en: 'Owners of vehicles registered in Bahrain, or the people they authorise.',
  },
  propertyOwners: {
    ar: 'ملاك العقارات أو ممثلوهم القانونيون.',
    en: 'Property owners or their legal representatives.',
  },
  businesses: {
    ar: 'حاملو السجلات التجارية أو ممثلوهم المفوضون.',
    en: 'Commercial registration holders or their authorised representatives.',
  },
  families: {
    ar: 'الأسر البحرينية ذات الدخل المحدود.',
    en: 'Bahraini families on a limited income.',
  },
  insured: {
    ar: 'المؤمن عليهم والمتقاعدون لدى الهيئة العامة للتأمين الاجتماعي.',
    en: 'People insured with, or drawing a pension from, the Social Insurance Organization.',
  },
  adults: {
    ar: 'المواطنون والمقيمون الذين أتموا 18 سنة.',
    en: 'Citizens and residents aged 18 or over.',
  },
} as const satisfies Record<string, LocalizedText>;

export const DOCUMENT = {
  identityCard: { ar: 'بطاقة الهوية', en: 'Identity card' },
  passport: { ar: 'جواز سفر ساري المفعول', en: 'Valid passport' },
  photo: { ar: 'صورة شخصية حديثة بخلفية بيضاء', en: 'Recent photograph on a white background' },
  birthCertificate: { ar: 'شهادة الميلاد', en: 'Birth certificate' },
  residencePermit: { ar: 'تصريح الإقامة', en: 'Residence permit' },
  employerLetter: { ar: 'رسالة من صاحب العمل', en: 'Letter from the employer' },
  employmentContract: { ar: 'عقد العمل الموقع', en: 'Signed employment contract' },
  drivingLicence: { ar: 'رخصة القيادة', en: 'Driving licence' },
  vehicleRegistration: { ar: 'بطاقة تسجيل المركبة', en: 'Vehicle registration card' },
  vehicleInsurance: { ar: 'وثيقة تأمين المركبة السارية', en: 'Valid vehicle insurance' },
  eyeTest: { ar: 'شهادة فحص النظر', en: 'Eye test certificate' },
  vaccinationCard: { ar: 'بطاقة تطعيم الطفل', en: 'Child vaccination card' },
  medicalReport: { ar: 'تقرير طبي حديث', en: 'Recent medical report' },
  titleDeed: { ar: 'وثيقة الملكية', en: 'Title deed' },
  saleContract: { ar: 'عقد البيع', en: 'Sale contract' },
  powerOfAttorney: {
    ar: 'وكالة قانونية عند النيابة عن الغير',
    en: 'Power of attorney when acting for someone else',
  },
  electricityBill: { ar: 'آخر فاتورة كهرباء وماء', en: 'Latest electricity and water bill' },
  leaseContract: { ar: 'عقد الإيجار', en: 'Lease contract' },
  salaryCertificate: { ar: 'شهادة الراتب', en: 'Salary certificate' },
  marriageCertificate: { ar: 'عقد الزواج', en: 'Marriage certificate' },
  commercialRegistration: {
    ar: 'شهادة السجل التجاري',
    en: 'Commercial registration certificate',
  },
  buildingPlans: { ar: 'المخططات الهندسية المعتمدة', en: 'Approved building plans' },
  witnesses: {
    ar: 'شاهدان بالغان مع بطاقتي هويتيهما',
    en: 'Two adult witnesses with their identity cards',
  },
  policeReport: { ar: 'بلاغ الشرطة عن الفقدان', en: 'Police report of the loss' },
  mobilePhone: {
    ar: 'هاتف نقال مسجل باسم مقدم الطلب',
    en: 'A mobile phone registered to the applicant',
  },
} as const satisfies Record<string, LocalizedText>;
