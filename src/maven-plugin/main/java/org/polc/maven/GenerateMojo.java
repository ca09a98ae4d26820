package org.polc.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * 检查 {@code sourceDirectory} 中的 .pol 文件，生成 Java 计算器到 {@code outputDirectory}，并把它加入编译源码。
 * 有错误时构建失败，每条诊断写明「文件:行:列」；.pol 文件和 polc 都没有变化时什么也不写。
 *
 * <p>Checks the .pol files of {@code sourceDirectory}, writes their Java calculators into
 * {@code outputDirectory} and adds it to the compile sources. Errors fail the build, each with its
 * {@code file:line:column}; when neither the .pol files nor polc changed, nothing is written.
 * Each folder holding .pol files is one policy document; its name is the last segment of the Java
 * package ({@code src/main/pol/demo/*.pol} → {@code org.polc.policies.demo}).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /** .pol 文件所在的文件夹 / the folder of the .pol files. */
    @Parameter(property = "polc.sourceDirectory", defaultValue = "${project.basedir}/src/main/pol", required = true)
    private File sourceDirectory;

    /** 生成的 Java 写到这里 / where the generated Java goes. */
    @Parameter(property = "polc.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/polc", required = true)
    private File outputDirectory;

    /** 上次成功生成的记录（输入的摘要和写出的文件）/ what the last successful run generated, from what. */
    @Parameter(defaultValue = "${project.build.directory}/polc/state.txt", readonly = true, required = true)
    private File stateFile;

    /** 跳过检查和生成 / skip checking and generating. */
    @Parameter(property = "polc.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("polc：已跳过（polc.skip）。");
            return;
        }
        PolBuild.Outcome outcome;
        try {
            outcome = PolBuild.run(sourceDirectory.toPath(), outputDirectory.toPath(), stateFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("polc：读写文件失败：" + e.getMessage(), e);
        }
        outcome.warnings().forEach(w -> getLog().warn(w));
        outcome.errors().forEach(e -> getLog().error(e));
        switch (outcome.kind()) {
            case NO_SOURCES -> getLog().info("polc：" + sourceDirectory + " 中没有 .pol 文件，不生成代码。");
            case UP_TO_DATE -> getLog().info("polc：.pol 文件和 polc 都没有变化，" + outputDirectory + " 中的代码是最新的。");
            case GENERATED -> getLog().info(String.format("polc：检查了 %d 条条款，没有错误；生成的 Java 在 %s（写入 %d 个文件，未变 %d 个，删除 %d 个）。",
                    outcome.clauses(), outputDirectory, outcome.written(), outcome.unchanged(), outcome.deleted()));
            case FAILED -> throw new MojoFailureException(String.format(
                    "polc：%s 中的 .pol 文件有 %d 个错误，没有生成代码；错误见上（文件:行:列）。", sourceDirectory, outcome.errors().size()));
        }
        if (outcome.kind() != PolBuild.Kind.NO_SOURCES) {
            project.addCompileSourceRoot(outputDirectory.getPath());
        }
    }
}
