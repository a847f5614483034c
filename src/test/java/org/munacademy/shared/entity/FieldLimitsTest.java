package org.munacademy.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every field limit is the length of the columns it names, as the migrations (applied in order) leave them. */
class FieldLimitsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\)\\s*(DEFAULT[^;]*)?;",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+VARCHAR\\((\\d+)\\)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern ALTER = Pattern.compile(
            "ALTER TABLE (\\w+) (?:ADD COLUMN|ADD|MODIFY COLUMN|MODIFY|ALTER COLUMN) (\\w+)\\s+VARCHAR\\((\\d+)\\)",
            Pattern.CASE_INSENSITIVE);

    /** table.column → VARCHAR length, after every migration. */
    static Map<String, Integer> varcharColumns() throws IOException {
        Map<String, Integer> columns = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(MIGRATIONS)) {
            files = s.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(p -> Integer.parseInt(
                            p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                    .toList();
        }
        for (Path file : files) {
            String sql = Files.readString(file, StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
            Matcher create = CREATE.matcher(sql);
            while (create.find()) {
                String table = create.group(1).toLowerCase(Locale.ROOT);
                Matcher column = COLUMN.matcher(create.group(2));
                while (column.find()) {
                    columns.put(table + "." + column.group(1).toLowerCase(Locale.ROOT),
                            Integer.parseInt(column.group(2)));
                }
            }
            Matcher alter = ALTER.matcher(sql);
            while (alter.find()) {
                columns.put(alter.group(1).toLowerCase(Locale.ROOT) + "." + alter.group(2).toLowerCase(Locale.ROOT),
                        Integer.parseInt(alter.group(3)));
            }
        }
        return columns;
    }

    @Test
    void every_limit_is_the_length_of_each_column_it_names() throws IOException, IllegalAccessException {
        Map<String, Integer> columns = varcharColumns();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Field field : FieldLimits.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != int.class) {
                continue;
            }
            FieldLimits.Columns named = field.getAnnotation(FieldLimits.Columns.class);
            assertThat(named).as("%s names the columns it limits", field.getName()).isNotNull();
            int limit = field.getInt(null);
            for (String column : named.value()) {
                checked++;
                Integer length = columns.get(column);
                if (length == null || length != limit) {
                    mismatches.add(field.getName() + "=" + limit + " but " + column + " is "
                            + (length == null ? "not a VARCHAR column" : "VARCHAR(" + length + ")"));
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void a_later_migration_that_widens_a_column_is_taken_into_account() throws IOException {
        Map<String, Integer> columns = varcharColumns();

        assertThat(columns).containsEntry("assessment_attempt_item.presentation", 2000)
                .containsEntry("person.snils", FieldLimits.SNILS)
                .containsEntry("person.last_name", FieldLimits.PERSON_NAME);
    }
}
