// Lexer of Pol, the policy-clause language. See docs/language.md for every construct.
//
// Chinese has no spaces between words, and ANTLR takes the longest match, so "若新增额" would be one
// name. The rule of the language is therefore: keywords and names are separated by a space or a
// punctuation mark. The checker turns an unknown name that starts or ends with a keyword into a hint
// ("「若」后面加一个空格"). Names hold no digits, so "新增额200万元以上" still splits into
// 新增额 / 200万元 / 以上 without spaces.
//
// Full-width and half-width punctuation are the same token everywhere: drafters type with a
// Chinese IME and the policy text mixes both.
lexer grammar PolLexer;

// ---------------------------------------------------------------- layout
WS          : [ \t\r\n\u3000\u00A0\uFEFF]+ -> channel(HIDDEN) ;
COMMENT     : ('#' | '＃' | '//') ~[\r\n]* -> channel(HIDDEN) ;

// ---------------------------------------------------------------- headings
// A heading keeps the rest of its line as a title: titles contain any punctuation.
POLICY      : '政策' -> pushMode(TITLE_LINE) ;
PART        : '部分' -> pushMode(HEADING) ;
CLAUSE      : '条款' -> pushMode(HEADING) ;

// ---------------------------------------------------------------- keywords (longest first where they share a prefix)
TEXT        : '原文' ;
LEAD        : '牵头单位' ;
VALIDITY    : '有效期' ;
TO          : '至' ;
ROUNDING    : '舍入' ;
HALF_UP     : '四舍五入' ;
ROUND_DOWN  : '舍去' ;
ROUND_UP    : '进一' ;
INPUT       : '输入' ;
FACTS       : '事实' ;
DEFINE      : '定义' ;
SUBSIDY     : '补助' ;
AWARD       : '奖励' ;
FUNDING     : '资助' ;
MATCHING    : '配套' ;
ALLOWANCE   : '补贴' ;
COMPUTE     : '计算' ;
ELIGIBILITY : '认定' ;
RULE        : '合规' ;
NONCOMPLIANT : '不合规' ;
GENERAL_UNMET : '未达一般要求' ;
GENERALLY   : '一般' ;
BINDS       : '约束' ;
EXAMPLE     : '例' ;
BUDGET      : '预算' ;
AMONG       : '其中' ;
TARGET      : '目标' ;
STRIVE      : '力争' | '争取' | '确保' ;
// targets: 120个左右 / 约800亿元, the tolerance declared for them (约数 相差 5% 以内), 同比增长 5.5%
APPROX_ALL  : '约数' ;
APPROX      : '左右' | '约' ;
DIFFER      : '相差' ;
GROWTH      : '同比增长' | '增长' ;
ONCE        : '一次性' ;
YEARLY      : '每年' ;
MONOTONE    : '单调' ;
// 叙述 “315”：reason — the pieces are quoted, the reason is the rest of the line (as a title is)
NARRATIVE   : '叙述' -> pushMode(NARRATIVE_PIECES) ;
ELSE_IF     : '否则若' ;
ELSE        : '否则' ;
IF          : '若' ;
THEN        : '则' ;
AND         : '且' | '并且' ;
OR          : '或' | '或者' ;
NOT         : '非' ;
IS          : '为' ;
BELONGS     : '属于' ;
GIVE        : '给予' ;
AGAIN       : '再给予' ;
UP_TO       : '按不超过' ;
BY          : '按' ;
LOOKUP      : '查表' ;
OTHERWISE   : '其他' ;
MAX         : '最高' ;
CEILING     : '最高可得' ;
NO_AWARD    : '不予' ;
MONEY_T     : '金额' ;
RATE_T      : '比例' ;
BOOL_T      : '是否' ;
DATE_T      : '日期' ;
QTY_T       : '数量' ;
NUMBER_T    : '数值' ;
CHOICE_T    : '选项' ;
GRADE_T     : '等级' ;
YES         : '是' ;
NO          : '否' ;
MIN_OF      : '较小值' ;
MAX_OF      : '较大值' ;
OF          : '的' ;
// changed values (由 50% 提高至 60%), cumulative ceilings (累计最高 … 已获 …), payments (应缴 … 缴纳 … 免费),
// the document's total over the Parts' budgets (除交叉重叠部分外，各部分 “…” 共 8个)
FROM        : '由' ;
RAISE_TO    : '提高至' | '提高到' ;
LOWER_TO    : '降低至' | '降低到' ;
ADJUST_TO   : '调整为' | '调整至' | '调整到' ;
CUMULATIVE_MAX : '累计最高' ;
RECEIVED    : '已获' ;
PAY_KIND    : '应缴' ;
PAY         : '缴纳' ;
FREE        : '免费' ;
EXCEPT_OVERLAP : '除交叉重叠部分外' ;
EACH_PART   : '各部分' ;
ALTOGETHER  : '共' ;
// who provides a budget the text states (预算 “省级外资招引激励资金” 由 省 安排，2023—2025年 每年 5.5亿元)
ARRANGE     : '安排' ;
// 工业用地出让量 占 出让土地总量 的比重: an exact share of two quantities of one kind. 的比重 is one
// token, as the policy writes it; it is defined before NAME, so it wins the tie of equal length.
SHARE_OF    : '占' ;
SHARE_END   : '的比重' | '的比例' ;

// comparison words, 《民法典》第一千二百五十九条: 以上/以下/以内 include the number, 超过/不满 exclude it
GE_WORD     : '达到' | '达' | '不低于' | '不少于' | '不小于' ;
LE_WORD     : '不超过' | '不高于' | '不多于' | '不大于' ;
GT_WORD     : '超过' | '高于' | '多于' | '大于' ;
LT_WORD     : '低于' | '少于' | '小于' | '不足' | '不满' ;
EQ_WORD     : '等于' ;
ABOVE       : '以上' | '及以上' ;
BELOW       : '以下' | '及以下' ;
WITHIN      : '以内' ;
// for dates: 2024年12月31日 以前 includes that day, as 以内 includes the number
EARLIER     : '以前' ;
LATER       : '以后' ;

// ---------------------------------------------------------------- punctuation
COLON       : ':' | '：' ;
COMMA       : ',' | '，' | '、' ;
SEMI        : ';' | '；' | '。' ;
LPAREN      : '(' | '（' ;
RPAREN      : ')' | '）' ;
ARROW       : '⇒' | '=>' | '→' | '->' ;
GE          : '≥' | '>=' | '＞＝' ;
LE          : '≤' | '<=' | '＜＝' ;
GT          : '>' | '＞' ;
LT          : '<' | '＜' ;
EQ          : '=' | '＝' ;
PLUS        : '+' | '＋' ;
MINUS       : '-' | '−' | '－' ;
TIMES       : '×' | '*' | '＊' ;
DIVIDE      : '÷' | '/' | '／' ;
// a range of a target: 1~2个, 1—2个 (also written 1个 至 2个)
RANGE_DASH  : '~' | '～' | '—' ;

// ---------------------------------------------------------------- literals
// 2024-01-01 and 2024年1月1日
DATE        : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT? '-' DIGIT DIGIT?
            | DIGIT DIGIT DIGIT DIGIT '年' DIGIT DIGIT? '月' DIGIT DIGIT? '日' ;
// 1:1 matching
RATIO       : DIGITS [ \t]* (':' | '：') [ \t]* DIGITS ;
// a number with its unit: 300万元, 1.5亿元, 5%, 2倍, 8000亩, 100万吨标准煤, 450亿千瓦时, 2024年
QUANTITY    : NUM [ \t]* MAGNITUDE? UNIT ;
NUMBER      : NUM ;
// 六五折 = 65%
DISCOUNT    : CN_DIGIT CN_DIGIT? '折' ;
// 三分之二 = 2/3
FRACTION    : CN_NUM '分之' CN_NUM ;
// “…” may nest “…” inside, three levels deep (the policy quotes names inside clause text, and
// quotes inside those at most once); "…" takes \" and \\. The nesting is spelt out rather than
// recursive so that ten thousand opening quotes cannot drive the lexer into deep recursion.
STRING      : '“' (~[“”] | QUOTE2)* '”'
            | '"' (~["\\\r\n] | '\\' .)* '"'
            | '「' (~[「」] | CORNER2)* '」' ;
NAME        : NAME_START NAME_PART* ;
// Anything else becomes a token too, so the parser reports it with its position.
UNRECOGNIZED : . ;

fragment QUOTE2  : '“' (~[“”] | QUOTE3)* '”' ;
fragment QUOTE3  : '“' ~[“”]* '”' ;
fragment CORNER2 : '「' (~[「」] | CORNER3)* '」' ;
fragment CORNER3 : '「' ~[「」]* '」' ;
fragment DIGIT     : [0-9０-９] ;
fragment DIGITS    : DIGIT+ ;
fragment NUM       : DIGITS (('.' | '．') DIGITS)? ;
fragment MAGNITUDE : '万' | '亿' | '万亿' ;
fragment UNIT      : '元' | '美元' | '分' | '%' | '％' | '倍'
                   | '亩' | '平方米' | '吨标准煤' | '吨' | '千瓦时' | '千瓦' | '公里' | '米'
                   | '家' | '家次' | '个' | '条' | '场' | '栋' | '张' | '人' | '人次' | '项' | '床'
                   | '所' | '座' | '户' | '件' | '套' | '台' | '名' | '次'
                   | '年' | '个月' | '天' ;
fragment CN_DIGIT  : [零一二两三四五六七八九] ;
fragment CN_NUM    : [零一二两三四五六七八九十百千]+ ;
fragment NAME_START : [\p{Script=Han}a-zA-Z_] ;
fragment NAME_PART  : [\p{Script=Han}a-zA-Z_] ;

// ---------------------------------------------------------------- heading modes
mode HEADING;
H_WS        : [ \t\u3000]+ -> channel(HIDDEN) ;
H_NUMBER    : ([零一二两三四五六七八九十百]+ | [0-9０-９]+) -> mode(TITLE_LINE) ;
H_END       : [\r\n] -> popMode, channel(HIDDEN) ;
H_OTHER     : ~[ \t\u3000\r\n]+ -> popMode ;

// After 叙述: quoted pieces of the 原文, separated by commas, up to the colon; then the reason, the rest
// of the line. A mark without a colon ends at the line's end (the builder reports the missing reason).
mode NARRATIVE_PIECES;
N_WS        : [ \t\u3000\u00A0]+ -> channel(HIDDEN) ;
N_COMMENT   : ('#' | '＃' | '//') ~[\r\n]* -> channel(HIDDEN) ;
N_STRING    : ( '“' (~[“”] | QUOTE2)* '”'
              | '"' (~["\\\r\n] | '\\' .)* '"'
              | '「' (~[「」] | CORNER2)* '」' ) -> type(STRING) ;
N_COMMA     : (',' | '，' | '、') -> type(COMMA) ;
N_COLON     : (':' | '：') -> type(COLON), mode(NARRATIVE_REASON) ;
N_END       : [\r\n] -> popMode, channel(HIDDEN) ;
N_BARE      : ~[ \t\u3000\u00A0\r\n“"「,，、:：#＃]+ ;

mode NARRATIVE_REASON;
R_WS        : [ \t\u3000]+ -> channel(HIDDEN) ;
REASON      : ~[ \t\u3000\r\n] ~[\r\n]* -> popMode ;
R_END       : [\r\n] -> popMode, channel(HIDDEN) ;

mode TITLE_LINE;
T_WS        : [ \t\u3000]+ -> channel(HIDDEN) ;
TITLE       : ~[ \t\u3000\r\n] ~[\r\n]* -> popMode ;
T_END       : [\r\n] -> popMode, channel(HIDDEN) ;
