using System.CommandLine;

namespace Dossier.Cli.Tests;

/// <summary>README.md documents every command and every option the CLI has.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Every_command_and_option_appears_in_the_README()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var missing = new List<string>();
        void Visit(Command command, string path)
        {
            foreach (var sub in command.Subcommands)
            {
                string name = path + " " + sub.Name;
                if (sub.Subcommands.Count == 0 && !readme.Contains("`dossier" + name + "`", StringComparison.Ordinal))
                {
                    missing.Add("dossier" + name);
                }

                foreach (var option in sub.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--help"))
                {
                    if (!readme.Contains(option.Name, StringComparison.Ordinal))
                    {
                        missing.Add("dossier" + name + " " + option.Name);
                    }
                }

                Visit(sub, name);
            }
        }

        Visit(CommandCatalog.BuildRoot(), string.Empty);

        Assert.True(missing.Count == 0, "README.md lacks (run tools/readme-commands.sh): " + string.Join(", ", missing));
    }
}
