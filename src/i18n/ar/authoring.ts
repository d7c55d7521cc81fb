import type { Message } from '../format.js';
import type { AuthoringKey } from '../de/authoring.js';

/** Arabic texts for the tools partners use to write feeds (see `de/authoring.ts`); field names stay as the format spells them. */
export const arAuthoring: Readonly<Record<AuthoringKey, Message>> = {
  'hint.spelling': '{where}: الحقل «{field}» مكتوب بشكل مختلف عمّا في التنسيق، لذلك تتجاوزه العناصر. الصحيح هو «{suggestion}» ({label}).',
  'hint.alias': '{where}: لا يعرف التنسيق حقلًا باسم «{field}»، لذلك تتجاوزه العناصر. المقصود على الأرجح «{suggestion}» ({label}).',
  'hint.wrong-level': '{where}: الحقل «{field}» في غير موضعه، لذلك تتجاوزه العناصر. مكانه «{suggestion}» ({label}).',
  'hint.typo': '{where}: لا يعرف التنسيق حقلًا باسم «{field}»، لذلك تتجاوزه العناصر. هل تقصد «{suggestion}» ({label})؟',
  'hint.unknown': '{where}: لا يعرف التنسيق حقلًا باسم «{field}»؛ تتجاوزه العناصر.',
  'hint.value': 'وهناك مع {label} «{value}» ({code}).',
  'code.meant': 'المقصود على الأرجح «{code}» ({label}).',
  'read.unknown-sheet': 'لا يعرف تنسيق ملف البيانات هذه الورقة؛ لن تُقرأ صفوفها. الأوراق المعروفة: {value}.',
  'read.no-parent': 'ينقص هذا الصفَّ معرّفُ المدخل الذي ينتمي إليه؛ لن يُقرأ.',
  'read.unknown-parent': 'لا يوجد مدخل بالمعرّف «{value}»؛ لن يُقرأ هذا الصف.',
  'read.duplicate-column': 'العمود «{value}» موجود مرتين؛ يُقرأ الأول فقط.',
  'read.not-a-workbook': 'تعذّرت قراءة الملف {file} كجدول بيانات (المتوقع: XLSX أو ODS أو مجلد ملفات CSV).',
  'where.cell': 'الورقة {sheet}، الصف {row}، العمود {column}',
  'where.row': 'الورقة {sheet}، الصف {row}',
};
