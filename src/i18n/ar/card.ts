/**
 * Arabic texts of <quartier-card>. Counted nouns follow the Arabic number
 * rules through the plural categories: dual for two, plural for 3–10
 * (few), singular for 11–99 (many) and for hundreds (other).
 */
import type { Message } from '../format.js';
import type { deCard } from '../de/card.js';

export const arCard: Record<keyof typeof deCard, Message> = {
  'card.about': 'عن المشروع',
  'card.figures': 'الحي بالأرقام',
  'card.municipality': 'البلدية',
  'card.quarter': 'الحي',
  'card.inhabitants': {
    zero: '{value} نسمة',
    one: '{value} نسمة',
    two: '{value} نسمتان',
    few: '{value} نسمات',
    many: '{value} نسمة',
    other: '{value} نسمة',
  },
  'card.dwellers': {
    zero: '{value} ساكن',
    one: '{value} ساكن',
    two: '{value} ساكنان',
    few: '{value} سكان',
    many: '{value} ساكنًا',
    other: '{value} ساكن',
  },
  'card.units': {
    zero: '{value} وحدة سكنية',
    one: '{value} وحدة سكنية',
    two: '{value} وحدتان سكنيتان',
    few: '{value} وحدات سكنية',
    many: '{value} وحدة سكنية',
    other: '{value} وحدة سكنية',
  },
  'card.radius': 'النطاق الاجتماعي: دائرة نصف قطرها {value} كم',
  'card.residents': 'تركيبة السكان',
  'card.buildings': 'طبيعة المباني',
  'card.characteristics': 'سمات مميزة',
  'card.goals': 'الأهداف',
  'card.fields': 'مجالات العمل',
  'card.partners': 'الجهات المشاركة',
  'card.contacts': 'جهات الاتصال',
  'card.quotes': 'أصوات من المشروع',
  'card.funding': 'التمويل',
  'card.per.year': '{amount} سنويًا',
  'card.per.month': '{amount} شهريًا',
  'card.per.once': '{amount} لمرة واحدة',
  'card.period': 'مدة المشروع',
  'card.since': 'منذ {date}',
  'card.until': 'مستمر حتى {date}',
  'card.to': 'حتى {date}',
  'card.ended': 'انتهى',
  'card.offers': 'الأماكن والأنشطة',
  'card.links': 'لمزيد من المعلومات',
  'card.photo': 'الصورة: {credit}',
  'card.sources': 'المصادر',
  'card.reviewed': 'آخر مراجعة: {date}',
};
