"""Configuration: defaults, files, precedence and unknown keys."""
import pytest

from tqcheck.config import Config, ConfigError, find_config_file, load, load_file


def test_defaults():
    c = Config()
    assert c.fail_on == "major" and c.lm is True and c.select == ()


def test_pyproject_table_and_kebab_keys(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname="x"\n[tool.tqcheck]\nignore = ["literal-date"]\nfail-on = "minor"\n'
        'min-quality = 60\n[tool.tqcheck.severity]\nrepeated-word = "major"\n', encoding="utf-8")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config_file(sub) == tmp_path / "pyproject.toml"
    config, path = load(cwd=sub)
    assert config.ignore == ("literal-date",) and config.fail_on == "minor"
    assert config.min_quality == 60.0 and dict(config.severity) == {"repeated-word": "major"}


def test_unknown_key_is_named(tmp_path):
    path = tmp_path / "tqcheck.toml"
    path.write_text('ignroe = ["literal-date"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="ignroe"):
        load_file(path)


@pytest.mark.parametrize("body,match", [
    ('fail-on = "sometimes"', "fail-on"),
    ('lm = "yes"', "lm"),
    ('batch-size = "big"', "batch_size"),
    ('[severity]\nrepeated-word = "huge"', "repeated-word"),
])
def test_bad_values(tmp_path, body, match):
    path = tmp_path / "tqcheck.toml"
    path.write_text(body + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=match):
        load_file(path)


def test_glossary_paths_relative_to_config(tmp_path):
    path = tmp_path / "tqcheck.toml"
    path.write_text('glossary = ["names.csv"]\n', encoding="utf-8")
    assert load_file(path).glossary == (str(tmp_path / "names.csv"),)


def test_invalid_toml(tmp_path):
    path = tmp_path / "tqcheck.toml"
    path.write_text("this is = = not toml\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="TOML"):
        load_file(path)


def test_readme_example_is_a_valid_config(tmp_path):
    """The configuration example in the README must load (docs that rot fail here)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(\[tool\.tqcheck\].*?)```", readme, re.S).group(1)
    path = tmp_path / "pyproject.toml"
    path.write_text(block, encoding="utf-8")
    config = load_file(path)
    assert config.ignore == ("literal-date",) and config.fail_on == "major"
    assert dict(config.columns) == {"target": "body"}
    assert config.baseline == str(tmp_path / ".tqcheck-baseline.json")
