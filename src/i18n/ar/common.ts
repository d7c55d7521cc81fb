/** Arabic texts every element shares. */
import type { Message } from '../format.js';
import type { deCommon } from '../de/common.js';
import type { deLabels } from '../de/labels.js';

export const arCommon: Record<keyof typeof deCommon | keyof typeof deLabels | 'state.error.for-editors', Message> = {
  'state.loading': 'جارٍ التحميل …',
  'state.empty': 'لا توجد في الملف بعدُ مدخلات حول هذا الموضوع.',
  'state.error.for-editors': 'ملاحظة للمحررين',
  'text.fallback': 'هذا النص متوفر باللغة {language} فقط.',
  'text.machine-translated': 'ترجمة آلية',
  'link.external': '{label} (رابط خارجي)',
  'link.email': 'راسل {name} بالبريد الإلكتروني',
  'link.phone': 'اتصل بـ {name}',
  'text.separator': '، ',
  'number.approximate': 'حوالي {value}',

  'role.lead': 'الجهة المسؤولة',
  'role.partner': 'شريك',
  'role.funder': 'جهة داعمة',
  'role.owner': 'المالك',
  'role.network': 'شبكة',

  'orgType.municipality': 'بلدية',
  'orgType.welfare': 'جمعية رعاية اجتماعية',
  'orgType.housing': 'شركة إسكان',
  'orgType.church': 'أبرشية',
  'orgType.association': 'جمعية',
  'orgType.school': 'مدرسة',
  'orgType.state': 'الولاية / الدولة الاتحادية',
  'orgType.company': 'شركة',
  'orgType.other': 'أخرى',

  'field.image': 'تحسين الصورة والعلاقات العامة',
  'field.social': 'الأنشطة الاجتماعية والبنية التحتية الاجتماعية',
  'field.housing': 'السكن والبيئة السكنية',
  'field.health': 'تعزيز الصحة',
  'field.environment': 'البيئة والمواصلات',
  'field.education': 'الثقافة والتعليم',
  'field.leisure': 'الرياضة والترفيه',
  'field.economy': 'الاقتصاد المحلي',
  'field.integration': 'الاندماج والعيش المشترك',
  'field.participation': 'المشاركة والتطوع',

  'category.counselling': 'استشارة',
  'category.language': 'اللغة',
  'category.meeting': 'مكان لقاء',
  'category.education': 'تعليم',
  'category.health': 'صحة',
  'category.culture': 'ثقافة',
  'category.sport': 'رياضة',
  'category.children': 'أطفال',
  'category.youth': 'شباب',
  'category.seniors': 'كبار السن',
  'category.housing': 'سكن',
  'category.other': 'أخرى',
};
