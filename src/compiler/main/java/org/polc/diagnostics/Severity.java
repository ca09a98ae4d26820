package org.polc.diagnostics;

public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
