package dev.ferrite.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CfgTest {
    private final Cfg cfg = Cfg.host(false);

    @Test
    void hostConfigurationIsLinuxX8664Debug() {
        assertThat(cfg.eval(new Cfg.Name("unix"))).isTrue();
        assertThat(cfg.eval(new Cfg.Name("windows"))).isFalse();
        assertThat(cfg.eval(new Cfg.Name("test"))).isFalse();
        assertThat(Cfg.host(true).eval(new Cfg.Name("test"))).isTrue();
        assertThat(cfg.eval(new Cfg.KeyValue("target_os", "linux"))).isTrue();
        assertThat(cfg.eval(new Cfg.KeyValue("target_pointer_width", "32"))).isFalse();
    }

    @Test
    void combinators() {
        var linux = new Cfg.KeyValue("target_os", "linux");
        var windows = new Cfg.Name("windows");
        assertThat(cfg.eval(new Cfg.All(List.of(linux, new Cfg.Not(windows))))).isTrue();
        assertThat(cfg.eval(new Cfg.Any(List.of(windows, new Cfg.Bool(false))))).isFalse();
        assertThat(cfg.eval(new Cfg.All(List.of()))).isTrue();
        assertThat(cfg.eval(new Cfg.Any(List.of()))).isFalse();
    }
}
