package org.polc.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON input, said in Chinese: Jackson's own messages are English and name its
 * internals ("expected close marker for Object"). The position is printed beside it.
 */
final class JsonErrors {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private static final Pattern CODE = Pattern.compile("\\(code (\\d+)\\)");

    private JsonErrors() {}

    static String chinese(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "内容没有写完：缺少结尾的 } 或 ]，或者引号没有关上";
        }
        String english = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonParseException && english.startsWith("Unexpected character")) {
            // Jackson writes the character and its code: Unexpected character ('}' (code 125))
            Matcher code = CODE.matcher(english);
            String character = code.find() ? new String(Character.toChars(Integer.parseInt(code.group(1)))) : "";
            return (character.isBlank() ? "这里有不应出现的字符" : "这里不应出现「" + character + "」")
                    + "：键和文字要用英文双引号 \"…\"，各项之间用英文逗号 , 分开，最后一项后面不加逗号";
        }
        if (english.startsWith("Unrecognized token")) {
            // Unrecognized token '七百万': was expecting …
            Matcher quoted = QUOTED.matcher(english);
            String token = quoted.find() ? quoted.group(1) : "";
            return "不认识「" + token + "」：文字要写在英文双引号里，如 \"1200万元\"；是否写 true 或 false";
        }
        return "写法不对：应是一个 JSON 对象，如 {\"年度研发投入额\": \"700万元\"}";
    }
}
