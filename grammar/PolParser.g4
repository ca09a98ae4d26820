// Parser of Pol. One file holds a policy header, or Parts with their clauses, or both; a Part's
// clauses are the 条款 that follow its heading.
// The structure mirrors the document: 政策 → 部分 (一…八) → 条款 (一…七十六).
// Every construct is documented with an example in docs/language.md.
parser grammar PolParser;

options { tokenVocab = PolLexer; }

// A file is parsed in units: PolParsing cuts it before every 部分 and 条款 heading and parses each
// piece alone, so that a syntax error in one clause can never swallow the clauses after it.
headerUnit  : header? EOF ;
partUnit    : partHead EOF ;
clauseUnit  : clause EOF ;

// ---------------------------------------------------------------- document structure
header      : POLICY TITLE headerItem* ;
headerItem  : validity | rounding | budget | target | text | facts | tolerance | narrative ;

partHead    : PART H_NUMBER TITLE? partItem* ;
partItem    : LEAD COLON? nameList | text | target | budget | tolerance | narrative ;

clause      : CLAUSE H_NUMBER TITLE? clauseItem* ;
clauseItem  : text | validity | inputs | definition | calculator | eligibility | complianceRule
            | example | budget | target | rounding | narrative ;

text        : TEXT COLON? STRING ;
validity    : VALIDITY COLON? DATE TO DATE ;
rounding    : ROUNDING COLON? (HALF_UP | ROUND_DOWN | ROUND_UP) ;
nameList    : label (COMMA label)* ;
label       : NAME | STRING ;

// ---------------------------------------------------------------- inputs and definitions
inputs      : INPUT COLON? inputDecl+ ;
inputDecl   : NAME COLON type (COMMA | SEMI)? ;
type        : MONEY_T                                           # moneyType
            | RATE_T                                            # rateType
            | BOOL_T                                            # boolType
            | DATE_T                                            # dateType
            | QTY_T LPAREN NAME RPAREN                          # quantityType
            | NUMBER_T                                          # numberType
            | CHOICE_T LPAREN NAME (COMMA NAME)* RPAREN         # choiceType
            | GRADE_T LPAREN NAME (COMMA NAME)* RPAREN          # gradeType
            ;

// 事实: the facts about an applicant that several clauses read, declared once for the document with
// their meaning; clauses refer to them by name without declaring them.
facts       : FACTS COLON? factDecl+ ;
factDecl    : NAME COLON type STRING? (COMMA | SEMI)? ;

definition  : DEFINE NAME EQ expr SEMI? ;

// ---------------------------------------------------------------- calculators
calculator  : calculatorKind NAME frequency? (MAX expr)? cumulative? monotone? COLON award SEMI? ;
// 应缴 is what the applicant pays (a toll after a discount), not what it receives.
calculatorKind : SUBSIDY | AWARD | FUNDING | MATCHING | ALLOWANCE | COMPUTE | PAY_KIND ;
// 累计最高 500万元，已获 已获资助额: at most the ceiling less what was already received, never below zero.
cumulative  : COMMA? CUMULATIVE_MAX expr COMMA? RECEIVED NAME ;
frequency   : ONCE | YEARLY ;
monotone    : COMMA? MONOTONE NAME (COMMA NAME)* ;

// A calculator's body: one award, or several added up with 再给予.
award       : awardTerm (COMMA? AGAIN againTerm)* ;
// 再给予 30万元 is short for 再给予 给予 30万元, as the policy writes it.
againTerm   : awardTerm | MAX expr | expr capSuffix? ;
awardTerm   : IF condition THEN awardTerm (ELSE_IF condition THEN awardTerm)* ELSE awardTerm  # ifAward
            | GIVE MAX expr                                      # ceilingAward
            | GIVE expr capSuffix?                               # fixedAward
            | UP_TO expr GIVE capSuffix?                         # upToAward
            | NO_AWARD STRING?                                   # noAward
            | BY expr LOOKUP LPAREN tableRow ((COMMA | SEMI) tableRow)* (COMMA | SEMI)? RPAREN  # tableAward
            | LPAREN award RPAREN                                # groupAward
            | PAY expr capSuffix?                                # payAward
            | FREE STRING?                                       # freeAward
            ;
capSuffix   : COMMA? MAX expr ;
tableRow    : (NAME | OTHERWISE) ARROW awardTerm ;

eligibility : ELIGIBILITY NAME COLON condition SEMI? ;

// 合规: what the text requires, checked against the facts: 合规, 不合规, or — for a requirement the
// text softens with 一般 — 未达一般要求. A requirement may apply only when its 若 condition holds;
// 约束 names who must comply when it is not the applicant; 否则 gives the reason shown when not met.
complianceRule : RULE NAME (BINDS label)? COLON requirement ((SEMI | COMMA) requirement)* (COMMA? ELSE STRING)? SEMI? ;
requirement : IF condition THEN GENERALLY? condition                # conditionalRequirement
            | GENERALLY? condition                                  # plainRequirement
            ;

// ---------------------------------------------------------------- conditions
condition   : NOT condition                                      # notCondition
            | condition AND condition                            # andCondition
            | condition OR condition                             # orCondition
            | LPAREN condition RPAREN                            # groupCondition
            | expr (comparePrefix | IS)? expr compareSuffix      # suffixComparison
            | expr comparePrefix expr                            # prefixComparison
            | expr IS (YES | NO | expr)                          # isComparison
            | expr BELONGS LPAREN NAME (COMMA NAME)* RPAREN      # belongsComparison
            | expr                                               # boolCondition
            ;
comparePrefix : GE_WORD | LE_WORD | GT_WORD | LT_WORD | EQ_WORD | GE | LE | GT | LT | EQ ;
compareSuffix : ABOVE | BELOW | WITHIN | EARLIER | LATER ;

// ---------------------------------------------------------------- arithmetic
expr        : MINUS expr                                         # negate
            | expr op=(TIMES | DIVIDE | OF) expr                 # multiply
            | expr op=(PLUS | MINUS) expr                        # add
            | expr SHARE_OF expr SHARE_END                       # share
            | (MIN_OF | MAX_OF) LPAREN expr (COMMA expr)+ RPAREN # minMax
            | LPAREN expr RPAREN                                 # group
            | QUANTITY                                           # quantity
            | DATE                                               # dateLiteral
            | NUMBER                                             # number
            | DISCOUNT                                           # discount
            | FRACTION                                           # fraction
            | RATIO                                              # ratio
            | NAME                                               # reference
            | FROM changeValue changeVerb changeValue            # changed
            ;
// 由 50% 提高至 60%: the old value and the new one, both written out as in the text.
changeValue : QUANTITY | NUMBER | DISCOUNT | FRACTION | RATIO ;
changeVerb  : RAISE_TO | LOWER_TO | ADJUST_TO ;

// ---------------------------------------------------------------- examples, budgets, targets
example     : EXAMPLE STRING? COLON binding ((COMMA | SEMI) binding)* ARROW expectation ((COMMA | SEMI) expectation)* SEMI? ;
binding     : NAME (IS | EQ)? (YES | NO | expr) ;
expectation : NAME (CEILING | GIVE | IS | EQ)? (NO_AWARD | YES | NO | RULE | NONCOMPLIANT | GENERAL_UNMET | expr)
            | NAME PAY_KIND expr
            | NAME FREE ;

budget      : BUDGET label? budgetSource? budgetPeriod? QUANTITY overlap? (COMMA? AMONG COLON?)? budgetItem* ;
// 由 省 安排: who provides the money, as the text says (省 2023—2025 年每年 5.5 亿元省级外资招引激励资金)
budgetSource : FROM label ARRANGE COMMA? ;
// 2023—2025年 每年 (also 2023年 至 2025年 每年): the amount after it is each year's, both years included
budgetPeriod : (NUMBER | QUANTITY) (TO | RANGE_DASH) QUANTITY YEARLY ;
// 490亿元 除交叉重叠部分外，各部分 “市财政2024年预算安排” 共 8个: a total over the Parts' own budgets.
overlap     : EXCEPT_OVERLAP COMMA? EACH_PART label ALTOGETHER QUANTITY ;
budgetItem  : label QUANTITY (COMMA | SEMI)? ;

// 目标 [年份] [力争|争取|确保] goal [且 goal …]; each goal an indicator and the figure it should reach.
target      : TARGET QUANTITY? STRIVE? goal (AND goal)* SEMI? ;
goal        : label qualifier? GROWTH? comparePrefix? APPROX? targetValue compareSuffix? APPROX? goalTolerance? ;
// 外资大项目（1亿美元 以上）: the indicator counts the items that meet the threshold
qualifier   : LPAREN label? comparePrefix? QUANTITY compareSuffix? RPAREN ;
targetValue : (NUMBER | QUANTITY) (TO | RANGE_DASH) QUANTITY    # rangeValue
            | QUANTITY                                          # amountValue
            | FRACTION                                          # fractionValue
            | label (OF (QUANTITY | FRACTION))?                 # indicatorValue
            // 预算 省级外资招引激励资金 的 40%: the budget's amount for the target's year, stated in the text
            | BUDGET label (OF (QUANTITY | FRACTION))?          # budgetValue
            ;
// how far a figure written with 约/左右 may miss and still be 在容差内: 120个 左右，相差 10个 以内;
// for the whole document or Part: 约数 相差 5% 以内
goalTolerance : COMMA? DIFFER QUANTITY WITHIN ;
tolerance   : APPROX_ALL DIFFER QUANTITY WITHIN SEMI? ;

// ---------------------------------------------------------------- number coverage
// 叙述 “315”：“315”科技创新体系建设工程的名称，不是数额 — pieces of the 原文 whose numbers no construct
// computes, and why: the reason is the rest of the line. It is required; the builder reports it missing
// (a clearer message than a syntax error).
narrative   : NARRATIVE STRING (COMMA STRING)* (COLON REASON?)? ;
