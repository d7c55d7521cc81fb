/** The Arabic string table (right to left). */
import { arCard } from './ar/card.js';
import { arCommon } from './ar/common.js';
import { arMap } from './ar/map.js';
import { arMarkup } from './ar/markup.js';
import { arOffer } from './ar/offer.js';
import { arPartners } from './ar/partners.js';
import { arSchedule } from './ar/schedule.js';
import type { Messages } from './messages.js';

export const ar: Messages = {
  ...arCommon,
  ...arCard,
  ...arPartners,
  ...arMap,
  ...arOffer,
  ...arMarkup,
  ...arSchedule,
  'error.invalid-url': 'عنوان ملف البيانات „{value}« ليس عنوان http(s).',
  'error.http': 'تعذّر تحميل ملف البيانات {url} ‏(HTTP {status}).',
  'error.http.404': 'لم يُعثر على ملف البيانات {url} ‏(HTTP 404). هل العنوان صحيح؟',
  'error.network':
    'تعذّر تحميل ملف البيانات {url}: لا يوجد اتصال، أو أن الخادم لا يسمح بقراءته من هذه الصفحة (ترويسة CORS مفقودة).',
  'error.timeout': 'لم يستجب ملف البيانات {url} في الوقت المحدد.',
  'error.too-large': 'ملف البيانات {url} كبير جدًا (أكثر من {value} بايت).',
  'error.not-json': 'ملف البيانات {url} ليس بصيغة JSON صالحة.',
  'error.not-json.html': 'أُرجعت صفحة HTML من {url} بدلًا من ملف البيانات (ربما صفحة خطأ أو تسجيل دخول).',
  'error.not-a-feed': 'الملف {url} ليس ملف بيانات Quartier (الحقل «version» مفقود).',
  'error.unknown-version': 'ملف البيانات {url} من الإصدار {value} الذي لا تعرفه هذه الأداة (المتوقع: «1»).',
  'error.no-records': 'لا يحتوي ملف البيانات {url} على أي مدخل صالح.',
  'error.unknown-project': 'المشروع «{value}» غير موجود في ملف البيانات {url}.',
  'error.choose-project': 'يحتوي ملف البيانات {url} على عدة مشاريع: يرجى تحديد السمة «project».',
  'error.internal': 'تعذّر على هذه الأداة عرض ملف البيانات (خطأ برمجي؛ يرجى الإبلاغ عنه).',
  'error.no-src': 'لم يُحدَّد ملف بيانات: يرجى تحديد السمة «src».',
  'error.this-feed': 'ملف البيانات هذا',

};
