using System.Buffers;
using Dossier.Contracts;
using Dossier.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Dossier.Storage.Sqlite;

/// <summary>How a save writes an article's annotation JSON (contract §1 without the text) into its row.</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// The UTF-8 of the last annotation JSON written, kept between saves. An article's annotations are ≈ 120 KB of JSON
    /// (up to ≈ 450 KB); as a string they took five large-object allocations per save (the stream's growth, its copy,
    /// the string, and the UTF-8 that the parameter binding makes of it again), which the GC let grow to ≈ 600 MB of
    /// garbage while saving 1,000 articles (docs/benchmarks.md). Written here and bound from this buffer, they take none
    /// once the buffer has grown to the largest article.
    /// </summary>
    private readonly ArrayBufferWriter<byte> annotationJson = new();

    private void InsertAnnotationJson(string id, int version, Document doc)
    {
        annotationJson.ResetWrittenCount();
        DocumentJsonWriter.WriteTo(annotationJson, doc, includeText: false);

        // The raw statement shares the connection, so it runs inside the save's transaction.
        var db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, "INSERT INTO annotations (article_id, version, json) VALUES (?1, ?2, ?3)", out var stmt), db);
        using (stmt)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(stmt, 1, id), db);
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_int(stmt, 2, version), db);
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(stmt, 3, annotationJson.WrittenSpan), db);
            int rc = raw.sqlite3_step(stmt);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
    }
}
