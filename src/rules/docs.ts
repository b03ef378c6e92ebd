// The ids of the documents the rules cite (keys of SOURCES in sources.ts), named once.
export const DOC = {
  /** 天津市刚性支出困难家庭认定办法(试行) */
  rigid: '津民规〔2025〕5号',
  /** 关于调整本市最低生活保障标准的通知 */
  standards: '津民规〔2025〕6号',
  /** 关于完善分类救助有关政策的通知 */
  classification: '津民规〔2025〕7号',
  /** 天津市医疗救助办法 */
  medical: '津政办规〔2026〕2号',
  /** 天津市基本公共服务标准体系建设"十四五"规划 */
  plan14: '津政办·十四五基本公共服务规划',
  /** 关于切实做好困难群众基本生活兜底保障有关工作若干措施 (004) */
  subsistence2022: '津民发〔2022〕14号',
  /** 贯彻《关于改革完善社会救助制度的意见》重点举措 (征求意见稿, 003): a draft */
  draftMeasures: '社会救助重点举措(征求意见稿)',
  /** outside our texts: 特困人员认定办法 */
  tekunNational: '民发〔2021〕43号',
  /** outside our texts: the 低保边缘 cash conditions, from published summaries */
  edgeCash: '低保边缘救助金发放条件(公开解读)',
  /** outside our texts: the 低保 / 低保边缘 asset limits */
  dibaoAssets: '低保与低保边缘财产条件',
} as const;
