namespace GaiEval.Reporting.Html;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The page's only script: shows the drill-down filters and applies them by hiding items and provider columns. It reads
/// only numeric data attributes and never writes markup. The page's policy allows it by its SHA-256 (<see cref="Hash"/>).
/// </summary>
internal static class DrilldownScript
{
    public const string Text = """
        (function () {
          var form = document.getElementById('filters');
          if (!form) { return; }
          form.hidden = false;
          function value(name) { return form.elements[name].value; }
          function apply() {
            var cat = value('cat'), use = value('use'), prov = value('prov'), failedOnly = form.elements.failed.checked, shown = 0;
            document.querySelectorAll('article.item').forEach(function (item) {
              var failed = item.getAttribute('data-failed').split(' ').filter(function (p) { return p !== ''; });
              var show = (cat === '' || item.getAttribute('data-cat') === cat)
                && (use === '' || item.getAttribute('data-use') === use)
                && (!failedOnly || (prov === '' ? failed.length > 0 : failed.indexOf(prov) >= 0));
              item.hidden = !show;
              if (show) { shown++; }
            });
            document.querySelectorAll('[data-prov]').forEach(function (cell) {
              cell.hidden = prov !== '' && cell.getAttribute('data-prov') !== prov;
            });
            document.getElementById('shown').textContent = String(shown);
          }
          form.addEventListener('change', apply);
          apply();
        })();
        """;

    /// <summary>sha256-… of <see cref="Text"/> as the page carries it, for script-src.</summary>
    public static string Hash { get; } = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
}
